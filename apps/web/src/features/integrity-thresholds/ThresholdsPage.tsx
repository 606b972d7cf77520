import type { IntegrityThresholdsView } from '@veraz/contracts';
import { useState } from 'react';
import '../../styles/declarations.css';
import '../../styles/integrity.css';
import { canAccess } from '../../app/navigation';
import { useApi, useSession } from '../../app/session';
import { usePageTitle } from '../../app/usePageTitle';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { formatDateTime } from '../../components/format';
import { useResource } from '../../components/useResource';
import { RescoreProgress, useRescore } from './RescoreProgress';
import { ThresholdsForm } from './ThresholdsForm';
import { ThresholdsReadOnly } from './ThresholdsReadOnly';
import { VersionHistory } from './VersionHistory';

/** /institucion/umbrales — the institution's risk thresholds: admins edit them, reviewers read them. */
export default function ThresholdsPage() {
  usePageTitle('Umbrales de riesgo');
  const client = useApi();
  const { session } = useSession();
  const canEdit = canAccess(session, 'admin');
  const [notice, setNotice] = useState<{ text: string; tone: 'success' | 'info' } | null>(null);
  const view = useResource((signal) => client.get<IntegrityThresholdsView>('/api/integrity/thresholds', signal), [client]);
  const rescore = useRescore(view.data?.rescore ?? null);
  const current = view.data?.current;

  function saved(next: IntegrityThresholdsView) {
    view.setData(() => next);
    setNotice({ text: `Versión ${next.current.version} guardada. Los puntajes se recalculan con ella; los anteriores conservan su versión.`, tone: 'success' });
  }

  return (
    <>
      <h1>Umbrales de riesgo</h1>
      <p>
        Las señales de riesgo comparan las cifras de cada declaración con estos umbrales. Cada cambio crea una versión nueva y cada
        puntaje registra la versión con que se calculó. Solo las personas revisoras y administradoras de la institución ven los umbrales
        y las señales; nunca se publican.
      </p>
      <Notice tone={notice?.tone}>{notice?.text}</Notice>
      {view.loading && !view.data && <Loading label="Cargando umbrales…" />}
      {view.error && <LoadError message={view.error} onRetry={view.reload} />}
      {rescore.run && <RescoreProgress run={rescore.run} failed={rescore.failed} />}
      {current && view.data && (
        <>
          <section className="card" aria-labelledby="umbrales-vigentes">
            <h2 id="umbrales-vigentes">Versión {current.version} (vigente)</h2>
            <p className="muted">
              {current.createdBy ? `Guardada por ${current.createdBy.nombreCompleto} el ${formatDateTime(current.createdAt)}` : 'Valores iniciales de Veraz.'}
            </p>
            {canEdit ? (
              <ThresholdsForm
                key={current.version}
                current={current.thresholds}
                onSaved={saved}
                onUnchanged={() => setNotice({ text: 'No cambiaste ningún umbral; no se creó una versión nueva.', tone: 'info' })}
              />
            ) : (
              <>
                <p className="hint">Solo una persona administradora de la institución puede cambiar los umbrales.</p>
                <ThresholdsReadOnly thresholds={current.thresholds} />
              </>
            )}
          </section>
          <section className="card" aria-labelledby="umbrales-historial">
            <h2 id="umbrales-historial">Historial de versiones</h2>
            <VersionHistory history={view.data.history} current={current.version} />
          </section>
        </>
      )}
    </>
  );
}
