import { OBLIGATION_KIND_LABELS, REQUERIMIENTO_STATUS_LABELS, type OmisoView, type RequerimientoBatchResult } from '@veraz/contracts';
import { useState } from 'react';
import { useApi } from '../../app/session';
import { formatDate } from '../../components/format';
import { Notice } from '../../components/Notice';
import { errorMessage } from './errors';

/** Omitted obligations with checkboxes: the ones without a letter can be selected and sent in one batch. */
export function OmisosSection({ omisos, onGenerated }: { omisos: OmisoView[]; onGenerated: () => void }) {
  const client = useApi();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const open = omisos.filter((o) => !o.requerimiento);
  const allSelected = open.length > 0 && open.every((o) => selected.has(o.obligationId));

  function toggle(id: string) {
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  async function generate() {
    setError(null);
    setDone(null);
    if (selected.size === 0) {
      setError('Selecciona al menos una obligación omisa.');
      return;
    }
    setBusy(true);
    try {
      const result = await client.post<RequerimientoBatchResult>('/api/requerimientos', { obligationIds: [...selected] });
      const n = result.generated.length;
      setDone(n === 1 ? `Se generó 1 requerimiento: ${result.generated[0].folio}.` : `Se generaron ${n} requerimientos.`);
      setSelected(new Set());
      onGenerated();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="omisos-titulo">
      <h2 id="omisos-titulo">Obligaciones omisas</h2>
      {omisos.length === 0 ? (
        <p>No hay obligaciones omisas.</p>
      ) : (
        <>
          <div className="table-wrap">
            <table className="table responsive-table">
              <caption className="visually-hidden">Obligaciones omisas y su requerimiento</caption>
              <thead>
                <tr>
                  <th scope="col">
                    <input
                      type="checkbox"
                      aria-label="Seleccionar todas las omisas sin requerimiento"
                      checked={allSelected}
                      disabled={open.length === 0}
                      onChange={() => setSelected(allSelected ? new Set() : new Set(open.map((o) => o.obligationId)))}
                    />
                  </th>
                  <th scope="col">Persona</th>
                  <th scope="col">Obligación</th>
                  <th scope="col">Fecha límite</th>
                  <th scope="col">Días de atraso</th>
                  <th scope="col">Requerimiento</th>
                </tr>
              </thead>
              <tbody>
                {omisos.map((o) => (
                  <tr key={o.obligationId}>
                    <td data-label="Seleccionar">
                      {!o.requerimiento && (
                        <input
                          type="checkbox"
                          aria-label={`Seleccionar a ${o.nombreCompleto}`}
                          checked={selected.has(o.obligationId)}
                          onChange={() => toggle(o.obligationId)}
                        />
                      )}
                    </td>
                    <th scope="row" data-label="Persona">
                      {o.nombreCompleto}
                      {o.area && <span className="muted"> · {o.area}</span>}
                    </th>
                    <td data-label="Obligación">
                      {OBLIGATION_KIND_LABELS[o.kind]} ({o.periodKey})
                    </td>
                    <td data-label="Fecha límite">{formatDate(`${o.dueDate}T12:00:00`)}</td>
                    <td data-label="Días de atraso">{o.diasDeAtraso}</td>
                    <td data-label="Requerimiento">
                      {o.requerimiento ? `${o.requerimiento.folio} · ${REQUERIMIENTO_STATUS_LABELS[o.requerimiento.status]}` : 'Sin requerimiento'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {error && (
            <p className="error-summary" role="alert">
              {error}
            </p>
          )}
          {open.length === 0 ? (
            <p>Todas las obligaciones omisas ya tienen su requerimiento.</p>
          ) : (
            <button type="button" className="button" disabled={busy} onClick={() => void generate()}>
              {busy ? 'Generando…' : `Generar requerimientos (${selected.size})`}
            </button>
          )}
          <Notice>{done}</Notice>
        </>
      )}
    </section>
  );
}
