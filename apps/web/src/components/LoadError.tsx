/** Shown when a page could not load its data; offers to try again. */
export function LoadError({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <div className="error-summary" role="alert">
      <h2 className="error-summary-title">No se pudo cargar la información</h2>
      <p>{message}</p>
      <button type="button" className="button button-secondary" onClick={onRetry}>
        Reintentar
      </button>
    </div>
  );
}
