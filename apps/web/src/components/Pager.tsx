interface PagerProps {
  label: string;
  offset: number;
  limit: number;
  total: number;
  onChange: (offset: number) => void;
}

/** "Mostrando 1–50 de 120" with previous/next buttons; hidden when everything fits on one page. */
export function Pager({ label, offset, limit, total, onChange }: PagerProps) {
  if (total <= limit && offset === 0) return null;
  const first = total === 0 ? 0 : offset + 1;
  const last = Math.min(offset + limit, total);
  return (
    <nav className="pager" aria-label={label}>
      <p>
        Mostrando {first}–{last} de {total}
      </p>
      <div className="button-row">
        <button type="button" className="button button-secondary" disabled={offset === 0} onClick={() => onChange(Math.max(0, offset - limit))}>
          Anterior
        </button>
        <button type="button" className="button button-secondary" disabled={last >= total} onClick={() => onChange(offset + limit)}>
          Siguiente
        </button>
      </div>
    </nav>
  );
}
