import type { MemberView } from '@veraz/contracts';
import { useState } from 'react';
import { errorMessage } from '../../api/errors';
import { useApi } from '../../app/session';
import { formatDate } from '../../components/format';

/**
 * Deactivating ends the member's access to the institution at their next request (their filings
 * stay); it asks for a second click. Reactivating restores it with the same roles.
 */
export function MemberAccess({ member, isSelf, onChanged }: { member: MemberView; isSelf: boolean; onChanged: (member: MemberView) => void }) {
  const client = useApi();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const who = ` a ${member.nombreCompleto}`;

  async function change(action: 'deactivate' | 'reactivate') {
    setBusy(true);
    setError(null);
    try {
      onChanged(await client.post<MemberView>(`/api/members/${encodeURIComponent(member.id)}/${action}`));
      setConfirming(false);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="revoke">
      {member.deactivatedAt ? (
        <>
          <p>
            <span className="badge badge-warning">Desactivado</span> desde el {formatDate(member.deactivatedAt)}
          </p>
          <button type="button" className="button button-small" aria-label={`Reactivar${who}`} onClick={() => change('reactivate')} disabled={busy}>
            {busy ? 'Reactivando…' : 'Reactivar'}
          </button>
        </>
      ) : isSelf ? (
        <p className="hint">Activo (tu cuenta)</p>
      ) : !confirming ? (
        <>
          <p>Activo</p>
          <button type="button" className="button button-small button-danger" aria-label={`Desactivar${who}`} onClick={() => setConfirming(true)}>
            Desactivar
          </button>
        </>
      ) : (
        <div role="group" aria-label={`Confirmar desactivación de ${member.nombreCompleto}`} className="button-row">
          <span>¿Desactivar? Ya no podrá ingresar a la institución; sus declaraciones se conservan.</span>
          <button type="button" className="button button-small button-danger" aria-label={`Sí, desactivar${who}`} onClick={() => change('deactivate')} disabled={busy} autoFocus>
            {busy ? 'Desactivando…' : 'Sí, desactivar'}
          </button>
          <button type="button" className="button button-small button-secondary" onClick={() => setConfirming(false)} disabled={busy}>
            Cancelar
          </button>
        </div>
      )}
      {error && (
        <p className="error-message" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
