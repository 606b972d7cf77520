import { NOTIFICATION_METHOD_LABELS, OBLIGATION_KIND_LABELS, REQUERIMIENTO_STATUS_LABELS, type RequerimientoView } from '@veraz/contracts';
import { formatDate, formatDateTime } from '../../components/format';
import { DownloadFeedback, useDownload } from '../../components/useDownload';
import { InPersonForm } from './InPersonForm';

const day = (date: string) => formatDate(`${date}T12:00:00`);

function daysLeft(r: RequerimientoView): string {
  if (r.diasRestantes === null) return '—';
  if (r.diasRestantes < 0) return `Venció hace ${-r.diasRestantes} días`;
  return r.diasRestantes === 1 ? '1 día' : `${r.diasRestantes} días`;
}

/** Every requerimiento with its notification and 30-day mark, then who is still omiso after it. */
export function RequerimientosSection({ requerimientos, onChanged }: { requerimientos: RequerimientoView[]; onChanged: () => void }) {
  const { message, error, download } = useDownload();
  const vencidos = requerimientos.filter((r) => r.status === 'VENCIDO');

  return (
    <>
      <section aria-labelledby="requerimientos-titulo">
        <h2 id="requerimientos-titulo">Requerimientos emitidos</h2>
        <DownloadFeedback message={message} error={error} />
        {requerimientos.length === 0 ? (
          <p>Todavía no se ha emitido ningún requerimiento.</p>
        ) : (
          <div className="table-wrap">
            <table className="table responsive-table">
              <caption className="visually-hidden">Requerimientos, su notificación y su plazo</caption>
              <thead>
                <tr>
                  <th scope="col">Folio</th>
                  <th scope="col">Persona</th>
                  <th scope="col">Obligación</th>
                  <th scope="col">Generado</th>
                  <th scope="col">Notificado</th>
                  <th scope="col">Plazo (30 días naturales)</th>
                  <th scope="col">Días restantes</th>
                  <th scope="col">Estado</th>
                  <th scope="col">Acciones</th>
                </tr>
              </thead>
              <tbody>
                {requerimientos.map((r) => (
                  <tr key={r.id}>
                    <th scope="row" data-label="Folio">
                      {r.folio}
                    </th>
                    <td data-label="Persona">{r.nombreCompleto}</td>
                    <td data-label="Obligación">
                      {OBLIGATION_KIND_LABELS[r.kind]} ({r.periodKey})
                    </td>
                    <td data-label="Generado">{formatDateTime(r.issuedAt)}</td>
                    <td data-label="Notificado">
                      {r.notifiedOn ? `${day(r.notifiedOn)} · ${NOTIFICATION_METHOD_LABELS[r.notifiedBy ?? 'CORREO']}` : 'Sin notificar'}
                    </td>
                    <td data-label="Plazo">{r.deadline ? day(r.deadline) : '—'}</td>
                    <td data-label="Días restantes">{daysLeft(r)}</td>
                    <td data-label="Estado">
                      <span className={`badge${r.status === 'VENCIDO' ? ' badge-warning' : ''}`}>{REQUERIMIENTO_STATUS_LABELS[r.status]}</span>
                    </td>
                    <td data-label="Acciones">
                      <button type="button" className="button button-small button-secondary" onClick={() => void download(`/api/requerimientos/${encodeURIComponent(r.id)}/pdf`, `requerimiento-${r.folio}.pdf`)}>
                        Descargar PDF{' '}<span className="visually-hidden">de {r.folio}</span>
                      </button>
                      <InPersonForm requerimiento={r} onSaved={onChanged} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="vencidos-titulo">
        <h2 id="vencidos-titulo">Siguen omisos después del plazo</h2>
        {vencidos.length === 0 ? (
          <p>Nadie sigue omiso después de los 30 días naturales de su requerimiento.</p>
        ) : (
          <ul>
            {vencidos.map((r) => (
              <li key={r.id}>
                {r.nombreCompleto}: {OBLIGATION_KIND_LABELS[r.kind]} ({r.periodKey}), requerimiento {r.folio}, plazo vencido el {day(r.deadline!)}.
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
