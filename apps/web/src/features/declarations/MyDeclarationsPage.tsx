import type { DeclarationSummary, FilingSummary } from '@veraz/contracts';
import { Link } from 'react-router';
import { useApi, useSession } from '../../app/session';
import { usePageTitle } from '../../app/usePageTitle';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { useResource } from '../../components/useResource';
import { declarationPaths } from './DeclarationContext';
import { loadFilerRecord } from './filerRecord';
import { FilingsTable } from './FilingsTable';
import { declarationTitle, formatMexicoDateTime, formatText, periodText } from './labels';
import { FilerObligations } from './FilerObligations';
import { declarationHome } from './paths';
import { ProgressBar } from './ProgressBar';
import { MyFilerRecords } from '../filer-records/MyFilerRecords';
import '../../styles/declarations.css';

export default function MyDeclarationsPage() {
  usePageTitle('Mis declaraciones');
  const client = useApi();
  const { session } = useSession();
  const userId = session?.user.id ?? '';
  const record = useResource((signal) => loadFilerRecord(client, userId, signal), [client, userId]);

  return (
    <>
      <div className="page-heading">
        <h1>Mis declaraciones</h1>
        <Link to={declarationPaths.start()} className="button button-link">
          Nueva declaración
        </Link>
      </div>
      <p>
        Aquí ves las declaraciones que te toca presentar, las que tienes en captura y las que ya presentaste. Tus avances se
        guardan solos mientras capturas.
      </p>
      {record.loading && !record.data && <Loading label="Cargando tus declaraciones…" />}
      {record.error && <LoadError message={record.error} onRetry={record.reload} />}
      {record.data && <Record declarations={record.data.declarations} filings={record.data.filings} />}
      {record.data && <MyFilerRecords />}
    </>
  );
}

function Record({ declarations, filings }: { declarations: DeclarationSummary[]; filings: FilingSummary[] }) {
  const drafts = declarations.filter((d) => d.status === 'BORRADOR').sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));

  return (
    <>
      <FilerObligations headingId="pendientes-titulo" />

      <section aria-labelledby="captura-titulo" className="declarations-section">
        <h2 id="captura-titulo">En captura</h2>
        {drafts.length === 0 ? (
          <p>No tienes declaraciones en captura.</p>
        ) : (
          <ul className="declaration-cards">
            {drafts.map((draft) => (
              <DraftCard key={draft.id} draft={draft} />
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="presentadas-titulo" className="declarations-section">
        <h2 id="presentadas-titulo">Presentadas</h2>
        {filings.length === 0 ? <p>Todavía no has presentado declaraciones.</p> : <FilingsTable filings={filings} filingPath={declarationPaths.filing} caption="Declaraciones presentadas, de la más reciente a la más antigua" />}
      </section>
    </>
  );
}

function DraftCard({ draft }: { draft: DeclarationSummary }) {
  const title = declarationTitle(draft);
  const period = periodText(draft);
  return (
    <li className="declaration-card">
      <h3>{draft.correctsFilingId ? `${title} (nota aclaratoria)` : title}</h3>
      <p className="declaration-meta">
        <span>{period}</span>
        <span>{formatText(draft.declaracionCompleta)}</span>
        <span>Última modificación: {formatMexicoDateTime(draft.updatedAt)}</span>
      </p>
      <ProgressBar value={draft.progress} label={`Avance de la ${title.toLocaleLowerCase('es-MX')}`} />
      <Link to={declarationHome(draft.id)} className="button button-link">
        Continuar<span className="visually-hidden"> la {title.toLocaleLowerCase('es-MX')} ({period})</span>
      </Link>
    </li>
  );
}


