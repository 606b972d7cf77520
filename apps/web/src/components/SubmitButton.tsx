interface SubmitButtonProps {
  busy: boolean;
  label: string;
  busyLabel?: string;
  /** Extra words for screen readers only, to tell apart repeated buttons ("Guardar roles de Ana"). */
  srSuffix?: string;
  className?: string;
}

export function SubmitButton({ busy, label, busyLabel = 'Guardando…', srSuffix, className = 'button' }: SubmitButtonProps) {
  return (
    <button type="submit" className={className} disabled={busy} aria-busy={busy || undefined}>
      {busy ? busyLabel : label}
      {srSuffix && <span className="visually-hidden">{srSuffix}</span>}
    </button>
  );
}
