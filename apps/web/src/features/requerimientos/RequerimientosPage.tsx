import type { OmisoView, RequerimientoView } from '@veraz/contracts';
import { useApi } from '../../app/session';
import { usePageTitle } from '../../app/usePageTitle';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { useResource } from '../../components/useResource';
import { OmisosSection } from './OmisosSection';
import { RequerimientosSection } from './RequerimientosSection';

/** The OIC console for omisos: generate requerimientos in a batch, then follow their 30 natural days. */
export default function RequerimientosPage() {
  usePageTitle('Requerimientos');
  const client = useApi();
  const omisos = useResource((signal) => client.get<OmisoView[]>('/api/requerimientos/omisos', signal), [client]);
  const requerimientos = useResource((signal) => client.get<RequerimientoView[]>('/api/requerimientos', signal), [client]);

  function reloadAll() {
    omisos.reload();
    requerimientos.reload();
  }

  return (
    <>
      <h1>Requerimientos</h1>
      <p>
        Cuando vence el plazo de una declaración sin que se presente, el órgano interno de control requiere por escrito su cumplimiento
        (artículo 33 de la Ley General de Responsabilidades Administrativas). Cada requerimiento es un PDF sellado con folio propio que
        se envía por correo; desde su notificación, la persona tiene 30 días naturales para cumplir.
      </p>
      {(omisos.loading && !omisos.data) || (requerimientos.loading && !requerimientos.data) ? <Loading label="Cargando omisos y requerimientos…" /> : null}
      {omisos.error && <LoadError message={omisos.error} onRetry={omisos.reload} />}
      {requerimientos.error && <LoadError message={requerimientos.error} onRetry={requerimientos.reload} />}
      {omisos.data && <OmisosSection omisos={omisos.data} onGenerated={reloadAll} />}
      {requerimientos.data && <RequerimientosSection requerimientos={requerimientos.data} onChanged={reloadAll} />}
    </>
  );
}
