import type { StartReadiness } from '@veraz/contracts';
import { useApi } from '../../app/session';
import { useResource } from '../../components/useResource';

/**
 * Tells a filer up front why they cannot start a declaration yet (no employment level recorded),
 * instead of letting them find out after «Nueva declaración». Renders nothing when they can start.
 */
export function StartReadinessNotice({ institutionId }: { institutionId: string }) {
  const client = useApi();
  const readiness = useResource((signal) => client.get<StartReadiness>('/api/declarations/readiness', signal), [client, institutionId]);
  const reason = readiness.data?.canStart === false ? readiness.data.reason : null;
  if (!reason) return null;
  return (
    <section className="notice notice-warning" aria-labelledby="sin-nivel-titulo" data-testid="sin-nivel">
      <h2 id="sin-nivel-titulo">Aún no puedes iniciar tu declaración</h2>
      <p>{reason}</p>
    </section>
  );
}
