import type { S1ClientView } from '@veraz/contracts';
import { useApi } from '../../app/session';
import { formatDateTime } from '../../components/format';
import { ConfirmAction } from '../../components/ConfirmAction';

export function CredentialsTable({ items, onRevoked }: { items: S1ClientView[]; onRevoked: (credential: S1ClientView) => void }) {
  if (items.length === 0) return <p>Todavía no hay credenciales. Crea una para registrar tu punto S1 en la PDN.</p>;
  return (
    <div className="table-wrap">
      <table className="table responsive-table">
        <caption className="visually-hidden">Credenciales S1 de la institución</caption>
        <thead>
          <tr>
            <th scope="col">Nombre</th>
            <th scope="col">client_id y username</th>
            <th scope="col">Creada</th>
            <th scope="col">Último uso</th>
            <th scope="col">Estado</th>
            <th scope="col">Acciones</th>
          </tr>
        </thead>
        <tbody>
          {items.map((c) => (
            <tr key={c.id}>
              <th scope="row" data-label="Nombre">
                {c.label}
              </th>
              <td data-label="client_id y username" className="break mono">
                {c.client_id}
                <br />
                {c.username}
              </td>
              <td data-label="Creada">{formatDateTime(c.created_at)}</td>
              <td data-label="Último uso">{c.last_used_at ? formatDateTime(c.last_used_at) : 'Nunca'}</td>
              <td data-label="Estado">
                {c.revoked_at ? <span className="status status-revocada">Revocada el {formatDateTime(c.revoked_at)}</span> : <span className="status status-aceptada">Vigente</span>}
              </td>
              <td data-label="Acciones">{c.revoked_at ? '—' : <RevokeButton credential={c} onRevoked={onRevoked} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Revoking stops the PDN's queries at once and cannot be undone, so it asks for a second click. */
function RevokeButton({ credential, onRevoked }: { credential: S1ClientView; onRevoked: (credential: S1ClientView) => void }) {
  const client = useApi();
  return (
    <ConfirmAction
      label="Revocar"
      subject={` la credencial ${credential.label}`}
      groupLabel={`Confirmar revocación de la credencial ${credential.label}`}
      question="¿Revocar? La PDN dejará de consultar con ella."
      confirmLabel="Sí, revocar"
      busyLabel="Revocando…"
      onConfirm={async () => onRevoked(await client.post<S1ClientView>(`/api/s1-clients/${encodeURIComponent(credential.id)}/revoke`))}
    />
  );
}
