import type { AvisoView } from '@veraz/contracts';
import { Link } from 'react-router';
import { useApi } from '../../app/session';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { useResource } from '../../components/useResource';
import { formatMexicoDateTime } from '../declarations/labels';
import { useAvisoAcuseDownload } from './AvisoFiled';
import { avisosApi, filerRecordPaths } from './paths';

/** On «Mis declaraciones»: the avisos presented, and the way to the aviso and the constancias fiscales. */
export function MyFilerRecords() {
  const client = useApi();
  const avisos = useResource((signal) => client.get<AvisoView[]>(avisosApi.list(), signal), [client]);
  const acuse = useAvisoAcuseDownload();

  return (
    <section aria-labelledby="avisos-titulo" className="declarations-section">
      <h2 id="avisos-titulo">Avisos y constancias</h2>
      <p>
        <Link to={filerRecordPaths.aviso()}>Presentar un aviso por cambio de ente público</Link>
        {' · '}
        <Link to={filerRecordPaths.constancias()}>Constancias de la declaración fiscal</Link>
      </p>
      {avisos.loading && !avisos.data && <Loading label="Cargando tus avisos…" />}
      {avisos.error && <LoadError message={avisos.error} onRetry={avisos.reload} />}
      {avisos.data && avisos.data.length > 0 && (
        <ul className="declaration-cards">
          {avisos.data.map((a) => (
            <li key={a.id} className="declaration-card">
              <h3>Aviso por cambio de ente público</h3>
              <p className="declaration-meta">
                <span>Folio {a.folio}</span>
                <span>Presentado: {formatMexicoDateTime(a.presentadoEn)}</span>
                <span>
                  De {a.datos.encargoAnterior.nombreEntePublico} a {a.datos.encargoNuevo.nombreEntePublico}
                </span>
              </p>
              <button type="button" className="button button-secondary" onClick={() => acuse.download(a)}>
                Descargar acuse
                <span className="visually-hidden"> del aviso {a.folio}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <Notice>{acuse.status}</Notice>
      {acuse.error && (
        <p className="error-message" role="alert">
          {acuse.error}
        </p>
      )}
    </section>
  );
}
