import type { SaveState } from './useAutosave';

const time = (d: Date) => new Intl.DateTimeFormat('es-MX', { hour: '2-digit', minute: '2-digit', timeZone: 'America/Mexico_City' }).format(d);

/** The visible, announced state of the autosave. */
export function SaveStatus({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  let text: string;
  let tone = 'neutral';
  switch (state.phase) {
    case 'idle':
      text = 'Los cambios se guardan solos mientras escribes.';
      break;
    case 'pending':
      text = 'Cambios sin guardar…';
      break;
    case 'saving':
      text = 'Guardando…';
      break;
    case 'saved':
      text = `Guardado a las ${time(state.at)}`;
      tone = 'ok';
      break;
    case 'offline':
      text = `Sin conexión con el servidor. Tus cambios están a salvo en este equipo; reintentamos en ${state.retryIn} s.`;
      tone = 'warning';
      break;
    case 'invalid':
      text = `No se guardó: ${state.message} Corrige los campos marcados.`;
      tone = 'error';
      break;
    case 'conflict':
      text = 'No se guardó: la sección cambió en otro lugar.';
      tone = 'warning';
      break;
    case 'closed':
      text = state.message;
      tone = 'error';
      break;
  }
  return (
    <div className={`save-status save-status-${tone}`} data-save-phase={state.phase}>
      <p role="status" aria-live="polite">
        {text}
      </p>
      {state.phase === 'offline' && (
        <button type="button" className="button button-secondary" onClick={onRetry}>
          Reintentar ahora
        </button>
      )}
    </div>
  );
}
