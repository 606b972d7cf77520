interface SubmitButtonProps {
  busy: boolean;
  label: string;
  busyLabel?: string;
  /** Extra words for screen readers, to tell apart repeated buttons ("Guardar roles de Ana"). */
  srSuffix?: string;
  className?: string;
}

export function SubmitButton({ busy, label, busyLabel = 'Guardando…', srSuffix, className = 'button' }: SubmitButtonProps) {
  const text = busy ? busyLabel : label;
  return (
    <button type="submit" className={className} disabled={busy} aria-busy={busy || undefined} aria-label={srSuffix ? `${text}${srSuffix}` : undefined}>
      {text}
    </button>
  );
}
