import { isOperatorEntry, type AuditEventView } from '@veraz/contracts';
import { formatDateTime } from '../../components/format';
import { actionLabel } from './actionLabels';

export function AuditTable({ events }: { events: AuditEventView[] }) {
  return (
    <div className="table-wrap">
      <table className="table responsive-table">
        <caption className="visually-hidden">Eventos de la bitácora</caption>
        <thead>
          <tr>
            <th scope="col">Nº</th>
            <th scope="col">Fecha</th>
            <th scope="col">Acción</th>
            <th scope="col">Persona</th>
            <th scope="col">Objeto</th>
            <th scope="col">Detalles</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.seq}>
              <td data-label="Nº">{event.seq}</td>
              <td data-label="Fecha">
                <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt)}</time>
              </td>
              <th scope="row" data-label="Acción">
                {actionLabel(event.action)}
                <br />
                <code className="muted">{event.action}</code>
              </th>
              <td data-label="Persona" className="break">
                <Actor event={event} />
              </td>
              <td data-label="Objeto" className="break">
                {event.targetType ? (
                  <>
                    {event.targetType}
                    {event.targetId && (
                      <>
                        {' '}
                        <code>{event.targetId}</code>
                      </>
                    )}
                  </>
                ) : (
                  '—'
                )}
              </td>
              <td data-label="Detalles" className="break">
                <Details details={event.details} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Operators are not members, so their entries say so instead of showing a bare id. */
function Actor({ event }: { event: AuditEventView }) {
  const id = event.actorUserId ? <code>{event.actorUserId}</code> : null;
  if (isOperatorEntry(event.details ?? {})) {
    return (
      <>
        <strong>Operador de la plataforma</strong>
        <br />
        {id ?? <span className="muted">desde la línea de comandos</span>}
      </>
    );
  }
  return id ?? <>Sistema</>;
}

function Details({ details }: { details: Record<string, unknown> }) {
  const entries = Object.entries(details ?? {});
  if (entries.length === 0) return <>—</>;
  return (
    <dl className="details">
      {entries.map(([key, value]) => (
        <div key={key}>
          <dt>{key}</dt>
          <dd>{typeof value === 'string' ? value : JSON.stringify(value)}</dd>
        </div>
      ))}
    </dl>
  );
}
