import type { DeclarationView, FilingView } from '@veraz/contracts';
import { useState, type ReactNode } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { errorMessage } from '../../api/errors';
import { useApi, useSession } from '../../app/session';
import { usePageTitle } from '../../app/usePageTitle';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { useResource } from '../../components/useResource';
import { declarationPaths } from './DeclarationContext';
import { Downloads } from './FilingDownloads';
import { declarationTitle, formatMexicoDateTime, periodText } from './labels';
import { declarationHome } from './paths';
import '../../styles/declarations.css';

interface FilingLocationState {
  justFiled?: boolean;
}

export interface FilingPageProps {
  /** Where the breadcrumb leads: the filer's list, or the institution's for reviewers. */
  back?: { to: string; label: string };
  /** The address of another version of the same declaration, in the same context. */
  filingPath?: (id: string) => string;
  /** Blocks added after the documents (the administrator's classification), given a way to show the updated filing. */
  renderExtra?: (filing: FilingView, replace: (updated: FilingView) => void) => ReactNode;
}

/** /presentadas/:id — a presented declaration: folio, seal, documents and corrections. */
export default function FilingPage({ back = { to: declarationPaths.list(), label: 'Mis declaraciones' }, filingPath = declarationPaths.filing, renderExtra }: FilingPageProps) {
  usePageTitle('Declaración presentada');
  const { id = '' } = useParams();
  const client = useApi();
  const location = useLocation();
  const justFiled = Boolean((location.state as FilingLocationState | null)?.justFiled);
  const filing = useResource((signal) => client.get<FilingView>(`/api/filings/${encodeURIComponent(id)}`, signal), [client, id]);

  return (
    <>
      <p className="breadcrumb">
        <Link to={back.to}>{back.label}</Link>
      </p>
      <h1>Declaración presentada</h1>
      <Notice>{justFiled && filing.data ? `Tu declaración se presentó con el folio ${filing.data.folio}. Te enviamos el acuse por correo.` : null}</Notice>
      {filing.loading && !filing.data && <Loading label="Cargando la declaración presentada…" />}
      {filing.error && <LoadError message={filing.error} onRetry={filing.reload} />}
      {filing.data && (
        <FilingDetails key={filing.data.id} filing={filing.data} filingPath={filingPath}>
          {renderExtra?.(filing.data, (updated) => filing.setData(() => updated))}
        </FilingDetails>
      )}
    </>
  );
}

function FilingDetails({ filing, filingPath, children }: { filing: FilingView; filingPath: (id: string) => string; children?: ReactNode }) {
  const { session } = useSession();
  const own = filing.filer.userId === session?.user.id;
  return (
    <>
      <div className="folio-card">
        <p className="folio-label">Folio</p>
        <p className="folio" data-testid="folio">
          {filing.folio}
        </p>
      </div>
      <dl className="filing-facts">
        <div>
          <dt>Tipo</dt>
          <dd>
            {declarationTitle(filing)} · {filing.declaracionCompleta ? 'formato completo' : 'formato simplificado'}
          </dd>
        </div>
        <div>
          <dt>Periodo</dt>
          <dd>{periodText(filing)}</dd>
        </div>
        <div>
          <dt>Fecha y hora de presentación</dt>
          <dd>{formatMexicoDateTime(filing.filedAt, true)} (hora del centro de México)</dd>
        </div>
        {!own && (
          <div>
            <dt>Declarante</dt>
            <dd>{filing.filer.nombreCompleto}</dd>
          </div>
        )}
        <div>
          <dt>Huella digital (SHA-256)</dt>
          <dd>
            <code className="hash">{filing.sha256}</code>
          </dd>
        </div>
        {filing.efirma && (
          <div>
            <dt>Firmada también con e.firma (SAT)</dt>
            <dd>
              Certificado número <code>{filing.efirma.serial}</code>. {filing.efirma.autoridad.explicacion}
            </dd>
          </div>
        )}
        {filing.version > 1 && (
          <div>
            <dt>Versión</dt>
            <dd>{filing.version}</dd>
          </div>
        )}
        {filing.notaAclaratoria && (
          <div>
            <dt>Nota aclaratoria</dt>
            <dd className="nota">{filing.notaAclaratoria}</dd>
          </div>
        )}
        {filing.reserved && (
          <div>
            <dt>Clasificación</dt>
            <dd>Reservada: no se publica.{filing.reservedReason ? ` Motivo: ${filing.reservedReason}` : ''}</dd>
          </div>
        )}
      </dl>
      {!filing.isLatest && (
        <p className="notice notice-info">Esta versión fue sustituida por una nota aclaratoria posterior. Consulta la versión más reciente en la lista de versiones.</p>
      )}

      <Downloads filing={filing} own={own} />

      <section aria-labelledby="verificar-titulo" className="filing-block">
        <h2 id="verificar-titulo">Verificación</h2>
        <p>Cualquier persona puede comprobar con el folio que esta declaración existe y que su acuse no fue alterado.</p>
        <p>
          <a href={`/verificar/${encodeURIComponent(filing.folio)}`}>Verificar en línea</a>
        </p>
      </section>

      {filing.versions.length > 1 && (
        <section aria-labelledby="versiones-titulo" className="filing-block">
          <h2 id="versiones-titulo">Versiones</h2>
          <ol className="versions">
            {filing.versions.map((version) => (
              <li key={version.id}>
                {version.id === filing.id ? (
                  <span aria-current="page">
                    Versión {version.version}, folio {version.folio} (esta versión)
                  </span>
                ) : (
                  <Link to={filingPath(version.id)}>
                    Versión {version.version}, folio {version.folio}
                  </Link>
                )}{' '}
                <span className="muted">— {formatMexicoDateTime(version.filedAt)}</span>
              </li>
            ))}
          </ol>
        </section>
      )}

      {children}

      {own && filing.isLatest && <Correction filing={filing} />}
    </>
  );
}

function Correction({ filing }: { filing: FilingView }) {
  const client = useApi();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function start() {
    setBusy(true);
    setError(null);
    try {
      const draft = await client.post<DeclarationView>(`/api/filings/${encodeURIComponent(filing.id)}/corrections`);
      navigate(declarationHome(draft.id));
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="nota-titulo" className="filing-block">
      <h2 id="nota-titulo">¿Hay un error?</h2>
      <p>
        Una declaración presentada no se modifica. Si encontraste un error, presenta una nota aclaratoria: se abre una copia para
        que corrijas lo necesario, y al firmarla con la explicación queda como una versión nueva.
      </p>
      <button type="button" className="button button-secondary" onClick={start} disabled={busy} aria-busy={busy || undefined}>
        {busy ? 'Preparando…' : 'Presentar nota aclaratoria'}
      </button>
      {error && (
        <div className="error-summary" role="alert">
          <p>{error}</p>
        </div>
      )}
    </section>
  );
}
