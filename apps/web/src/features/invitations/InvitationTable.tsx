import { EMPLOYMENT_LEVEL_LABELS, ROLE_LABELS, type InvitationView } from '@veraz/contracts';
import { useState } from 'react';
import { errorMessage } from '../../api/errors';
import { useApi } from '../../app/session';
import { formatDate } from '../../components/format';
import { ConfirmAction } from '../../components/ConfirmAction';

export const STATUS_LABELS: Record<InvitationView['status'], string> = {
  PENDIENTE: 'Pendiente',
  ACEPTADA: 'Aceptada',
  REVOCADA: 'Revocada',
  VENCIDA: 'Vencida',
};

export type InvitationChange = 'revocada' | 'reenviada';

export function InvitationTable({ items, onChanged }: { items: InvitationView[]; onChanged: (invitation: InvitationView, change: InvitationChange) => void }) {
  if (items.length === 0) return <p>Todavía no hay invitaciones.</p>;
  return (
    <div className="table-wrap">
      <table className="table responsive-table">
        <caption className="visually-hidden">Invitaciones de la institución</caption>
        <thead>
          <tr>
            <th scope="col">Correo</th>
            <th scope="col">Roles</th>
            <th scope="col">Estado</th>
            <th scope="col">Vence</th>
            <th scope="col">Acciones</th>
          </tr>
        </thead>
        <tbody>
          {items.map((invitation) => (
            <tr key={invitation.id}>
              <th scope="row" data-label="Correo" className="break">
                {invitation.email}
              </th>
              <td data-label="Roles">
                {invitation.roles.map((r) => ROLE_LABELS[r]).join(', ')}
                {invitation.employmentLevel && <span className="hint"> · Nivel: {EMPLOYMENT_LEVEL_LABELS[invitation.employmentLevel]}</span>}
              </td>
              <td data-label="Estado">
                <span className={`status status-${invitation.status.toLowerCase()}`}>{STATUS_LABELS[invitation.status]}</span>
              </td>
              <td data-label="Vence">{formatDate(invitation.expiresAt)}</td>
              <td data-label="Acciones">
                {invitation.status === 'PENDIENTE' || invitation.status === 'VENCIDA' ? (
                  <div className="button-row">
                    <ResendButton invitation={invitation} onResent={(i) => onChanged(i, 'reenviada')} />
                    {invitation.status === 'PENDIENTE' && <RevokeButton invitation={invitation} onRevoked={(i) => onChanged(i, 'revocada')} />}
                  </div>
                ) : (
                  '—'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A new link by e-mail (valid 7 more days); the previous link stops working. */
function ResendButton({ invitation, onResent }: { invitation: InvitationView; onResent: (invitation: InvitationView) => void }) {
  const client = useApi();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function resend() {
    setBusy(true);
    setError(null);
    try {
      onResent(await client.post<InvitationView>(`/api/invitations/${encodeURIComponent(invitation.id)}/resend`));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <button type="button" className="button button-small button-secondary" aria-label={`${busy ? 'Reenviando' : 'Reenviar'} la invitación de ${invitation.email}`} onClick={resend} disabled={busy}>
        {busy ? 'Reenviando…' : 'Reenviar'}
      </button>
      {error && (
        <p className="error-message" role="alert">
          {error}
        </p>
      )}
    </>
  );
}

/** Revoking cannot be undone, so it asks for a second click. */
function RevokeButton({ invitation, onRevoked }: { invitation: InvitationView; onRevoked: (invitation: InvitationView) => void }) {
  const client = useApi();
  return (
    <ConfirmAction
      label="Revocar"
      subject={` la invitación de ${invitation.email}`}
      groupLabel={`Confirmar revocación de ${invitation.email}`}
      question="¿Revocar?"
      confirmLabel="Sí, revocar"
      busyLabel="Revocando…"
      onConfirm={async () => onRevoked(await client.post<InvitationView>(`/api/invitations/${encodeURIComponent(invitation.id)}/revoke`))}
    />
  );
}
