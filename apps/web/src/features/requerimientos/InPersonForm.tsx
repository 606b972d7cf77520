import type { RequerimientoView } from '@veraz/contracts';
import { useId, useState, type FormEvent } from 'react';
import { useApi } from '../../app/session';
import { errorMessage } from './errors';

/** «Notificado en persona el …»: records the paper notification, which restarts the 30 days from that date. */
export function InPersonForm({ requerimiento, onSaved }: { requerimiento: RequerimientoView; onSaved: () => void }) {
  const client = useApi();
  const id = useId();
  const [fecha, setFecha] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (!fecha) {
      setError('Escribe la fecha en que se entregó el requerimiento.');
      return;
    }
    setBusy(true);
    try {
      await client.post<RequerimientoView>(`/api/requerimientos/${encodeURIComponent(requerimiento.id)}/notificacion`, { fecha });
      setFecha('');
      onSaved();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="row-form" noValidate onSubmit={(e) => void submit(e)}>
      <label htmlFor={`${id}-fecha`}>Notificado en persona el</label>
      <input id={`${id}-fecha`} type="date" value={fecha} onChange={(e) => setFecha(e.target.value)} aria-describedby={error ? `${id}-error` : undefined} />
      {error && (
        <p id={`${id}-error`} className="error-message" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button button-small" disabled={busy}>
        Registrar notificación{' '}<span className="visually-hidden">de {requerimiento.folio}</span>
      </button>
    </form>
  );
}
