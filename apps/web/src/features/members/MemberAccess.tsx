import type { MemberView } from '@veraz/contracts';
import { useState } from 'react';
import { errorMessage } from '../../api/errors';
import { useApi } from '../../app/session';
import { ConfirmAction } from '../../components/ConfirmAction';
import { formatDate } from '../../components/format';

/**
 * Deactivating ends the member's access to the institution at their next request (their filings
 * stay); it asks for a second click. Reactivating restores it with the same roles.
 */
export function MemberAccess({ member, isSelf, onChanged }: { member: MemberView; isSelf: boolean; onChanged: (member: MemberView) => void }) {
  const client = useApi();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const who = ` a ${member.nombreCompleto}`;
  const post = (action: 'deactivate' | 'reactivate') => client.post<MemberView>(`/api/members/${encodeURIComponent(member.id)}/${action}`);

  async function reactivate() {
    setBusy(true);
    setError(null);
    try {
      onChanged(await post('reactivate'));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  if (isSelf && !member.deactivatedAt) {
    return (
      <div className="revoke">
        <p className="hint">Activo (tu cuenta)</p>
      </div>
    );
  }
  if (!member.deactivatedAt) {
    return (
      <ConfirmAction
        label="Desactivar"
        subject={who}
        groupLabel={`Confirmar desactivación de ${member.nombreCompleto}`}
        question="¿Desactivar? Ya no podrá ingresar a la institución; sus declaraciones se conservan."
        confirmLabel="Sí, desactivar"
        busyLabel="Desactivando…"
        onConfirm={async () => onChanged(await post('deactivate'))}
      >
        <p>Activo</p>
      </ConfirmAction>
    );
  }
  return (
    <div className="revoke">
      <p>
        <span className="badge badge-warning">Desactivado</span> desde el {formatDate(member.deactivatedAt)}
      </p>
      <button type="button" className="button button-small" aria-label={`Reactivar${who}`} onClick={() => void reactivate()} disabled={busy}>
        {busy ? 'Reactivando…' : 'Reactivar'}
      </button>
      {error && (
        <p className="error-message" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
