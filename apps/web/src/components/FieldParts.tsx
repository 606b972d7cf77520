/** Visible asterisk; the input itself carries aria-required so the name stays clean. */
export function RequiredMark() {
  return (
    <span className="required" aria-hidden="true">
      {' '}
      *
    </span>
  );
}

export function RequiredNote() {
  return (
    <p className="hint">
      Los campos marcados con <span className="required">*</span> son obligatorios.
    </p>
  );
}

export function FieldErrorMessage({ id, message }: { id?: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="error-message">
      <span className="visually-hidden">Error: </span>
      {message}
    </p>
  );
}
