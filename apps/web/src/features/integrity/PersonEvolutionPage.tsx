import type { PersonEvolutionView } from '@veraz/contracts';
import { lazy, Suspense } from 'react';
import { Link, useParams } from 'react-router';
import { ApiRequestError } from '../../api/errors';
import { useApi } from '../../app/session';
import { usePageTitle } from '../../app/usePageTitle';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { useResource } from '../../components/useResource';
import { institutionFilingPaths } from '../institution-filings/paths';
import { evolutionSummary } from './evolution';
import { EvolutionTable } from './EvolutionTable';
import '../../styles/dashboard.css';
import '../../styles/declarations.css';
import '../../styles/integrity.css';

// chart.js arrives in its own chunk: the summary and the table show before it does.
const WealthChart = lazy(() => import('./WealthChart'));

/**
 * /institucion/personas/:userId/evolucion — a person's declared wealth across their filings (assets,
 * debts, income and net worth), with the flagged filings marked. Reviewers and administrators only.
 */
export default function PersonEvolutionPage() {
  usePageTitle('Evolución patrimonial');
  const { userId = '' } = useParams();
  const client = useApi();
  const evolution = useResource(async (signal) => {
    try {
      return await client.get<PersonEvolutionView>(`/api/integrity/people/${encodeURIComponent(userId)}`, signal);
    } catch (error) {
      // No filings: said plainly, not as a failure.
      if (error instanceof ApiRequestError && error.status === 404) return null;
      throw error;
    }
  }, [client, userId]);
  const view = evolution.data;

  return (
    <>
      <p className="breadcrumb">
        <Link to={institutionFilingPaths.list()}>Declaraciones de la institución</Link>
      </p>
      <h1>Evolución patrimonial{view ? ` de ${view.nombreCompleto}` : ''}</h1>
      {evolution.loading && view === undefined && <Loading label="Cargando la evolución patrimonial…" />}
      {evolution.error && <LoadError message={evolution.error} onRetry={evolution.reload} />}
      {view === null && <p>Esta persona no tiene declaraciones presentadas en la institución.</p>}
      {view && <Evolution view={view} />}
    </>
  );
}

function Evolution({ view }: { view: PersonEvolutionView }) {
  const summary = evolutionSummary(view.points);
  const title = 'Activos, adeudos, ingreso y patrimonio neto por declaración';
  return (
    <>
      <p>
        Cifras en pesos al valor de adquisición, como se declararon. Las señales son las de los umbrales versión {view.thresholdVersion} de la
        institución. Son indicios para revisar, no conclusiones.
      </p>
      <figure className="chart-figure" aria-labelledby="evolucion-titulo" aria-describedby="evolucion-resumen">
        <h2 id="evolucion-titulo">{title}</h2>
        <p id="evolucion-resumen">{summary}</p>
        {view.points.length > 0 && (
          <Suspense fallback={<p className="hint">Cargando la gráfica…</p>}>
            <WealthChart points={view.points} label={`${title}. ${summary}`} />
          </Suspense>
        )}
      </figure>
      {view.points.length > 0 && (
        <section aria-labelledby="evolucion-tabla-titulo" className="filing-block">
          <h2 id="evolucion-tabla-titulo">Cifras por declaración</h2>
          <EvolutionTable points={view.points} caption={`${title}, de ${view.nombreCompleto}`} />
        </section>
      )}
    </>
  );
}
