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
                {event.targetLabel ?? event.targetType ?? '—'}
                {event.targetId && (
                  <>
                    <br />
                    <code className="muted">{event.targetId}</code>
                  </>
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

/**
 * The actor by name. Operators are not members, so their entries say so; a person the server could
 * not name (no longer a member) keeps the bare id.
 */
function Actor({ event }: { event: AuditEventView }) {
  const id = event.actorUserId ? <code className={event.actorName ? 'muted' : undefined}>{event.actorUserId}</code> : null;
  if (isOperatorEntry(event.details ?? {})) {
    return (
      <>
        <strong>Operador de la plataforma</strong>
        <br />
        {event.actorName && (
          <>
            {event.actorName}
            <br />
          </>
        )}
        {id ?? <span className="muted">desde la línea de comandos</span>}
      </>
    );
  }
  if (!id) return <>Sistema</>;
  if (!event.actorName) return id;
  return (
    <>
      {event.actorName}
      <br />
      {id}
    </>
  );
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
