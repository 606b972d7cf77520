import type { Page, WorkbenchFilingSummary, WorkbenchSort } from '@veraz/contracts';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useApi, useSession } from '../../app/session';
import { usePageTitle } from '../../app/usePageTitle';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { Pager } from '../../components/Pager';
import { DownloadFeedback, useDownload } from '../../components/useDownload';
import { useResource } from '../../components/useResource';
import { FilingsTable } from '../declarations/FilingsTable';
import { RiskBadge } from '../integrity/RiskBadge';
import { institutionFilingPaths } from './paths';
import { filtersFrom, SortControl, sortFrom, WorkbenchFilters, type Filters } from './WorkbenchFilters';
import '../../styles/declarations.css';

const LIMIT = 50;
const SEARCH_MAX = 100;

/**
 * /institucion/declaraciones — every filing of the institution, newest first or riskiest first, for the
 * Órgano Interno de Control and the administrators. The search, filters, order and page live in the
 * address, so going back from a filing returns to the same list.
 */
export default function InstitutionFilingsPage() {
  usePageTitle('Declaraciones de la institución');
  const client = useApi();
  const { session } = useSession();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const offset = Math.max(0, Number(params.get('desde')) || 0);
  const filters = filtersFrom(params);
  const orden = sortFrom(params);
  // The default order is not sent: the API's default is newest first.
  const filterKey = new URLSearchParams(filters).toString();
  const queryKey = new URLSearchParams({ ...filters, ...(orden === 'riesgo' ? { orden } : {}) }).toString();
  const [draft, setDraft] = useState(q);
  // The answer remembers the search that produced it, so results are never labelled with a newer search.
  const filings = useResource(async (signal) => {
    const query = new URLSearchParams({ limit: String(LIMIT), offset: String(offset), ...(q ? { q } : {}), ...Object.fromEntries(new URLSearchParams(queryKey)) });
    return { q, offset, filterKey, queryKey, orden, page: await client.get<Page<WorkbenchFilingSummary>>(`/api/filings?${query}`, signal) };
  }, [client, q, offset, queryKey]);
  const stale = filings.loading && filings.data !== undefined && (filings.data.q !== q || filings.data.offset !== offset || filings.data.queryKey !== queryKey);

  function go(next: { q?: string; offset?: number; filters?: Filters; orden?: WorkbenchSort }) {
    const search = new URLSearchParams();
    const text = (next.q ?? q).trim();
    if (text) search.set('q', text);
    for (const [key, value] of Object.entries(next.filters ?? filters)) if (value) search.set(key, value);
    if ((next.orden ?? orden) === 'riesgo') search.set('orden', 'riesgo');
    if (next.offset) search.set('desde', String(next.offset));
    setParams(search);
  }

  function onSearch(event: FormEvent) {
    event.preventDefault();
    go({ q: draft, offset: 0 });
  }

  return (
    <>
      <h1>Declaraciones de la institución</h1>
      <p>
        Declaraciones presentadas en {session?.institution?.name ?? 'tu institución'}. Abre una para ver su folio, su huella digital,
        sus señales de riesgo y descargar el acuse, la declaración completa o la versión pública.
      </p>
      <form role="search" className="search-form" onSubmit={onSearch} aria-label="Buscar declaraciones">
        <div className="field">
          <label htmlFor="buscar-declaraciones">Buscar por folio, nombre, CURP o RFC</label>
          <p id="buscar-declaraciones-ayuda" className="hint">
            El inicio del folio (por ejemplo ALFA-2026), el nombre en cualquier orden («gutierrez rosa»), la CURP o el RFC; no importan
            mayúsculas ni acentos.
          </p>
          <div className="search-row">
            <input
              id="buscar-declaraciones"
              className="input"
              type="search"
              value={draft}
              maxLength={SEARCH_MAX}
              aria-describedby="buscar-declaraciones-ayuda"
              onChange={(e) => setDraft(e.target.value)}
            />
            <button type="submit" className="button">
              Buscar
            </button>
            {q && (
              <button
                type="button"
                className="button button-secondary"
                onClick={() => {
                  setDraft('');
                  go({ q: '', offset: 0 });
                }}
              >
                Quitar búsqueda
              </button>
            )}
          </div>
        </div>
      </form>
      <WorkbenchFilters key={filterKey} filters={filters} me={session?.user.id} onApply={(next) => go({ filters: next, offset: 0 })} />
      <SortControl value={orden} onChange={(next) => go({ orden: next, offset: 0 })} />
      {filings.loading && (!filings.data || stale) && <Loading label={q ? 'Buscando declaraciones…' : 'Cargando declaraciones…'} />}
      {filings.error && <LoadError message={filings.error} onRetry={filings.reload} />}
      {filings.data && !stale && (
        <>
          <p role="status" className="status-line">
            {resultText(filings.data.page.total, filings.data.q, filings.data.filterKey !== '')}
            {filings.data.orden === 'riesgo' && filings.data.page.total > 1 && ' Ordenadas de mayor a menor riesgo.'}
          </p>
          {filings.data.page.total > 0 && <ExportButton q={filings.data.q} />}
          {filings.data.page.items.length > 0 && (
            <FilingsTable
              filings={filings.data.page.items}
              filingPath={institutionFilingPaths.filing}
              caption={`Declaraciones presentadas en la institución, ${filings.data.orden === 'riesgo' ? 'de mayor a menor riesgo' : 'de la más reciente a la más antigua'}`}
              institution
              extra={{ header: 'Riesgo', cell: (filing) => <RiskBadge risk={filing.risk} /> }}
            />
          )}
          <Pager label="Páginas de declaraciones" offset={filings.data.offset} limit={LIMIT} total={filings.data.page.total} onChange={(next) => go({ offset: next })} />
        </>
      )}
    </>
  );
}

/** The same list (same search) as a CSV file for a spreadsheet; the server records each export in the audit log. */
function ExportButton({ q }: { q: string }) {
  const { busy, message, error, download } = useDownload();
  const exportCsv = () => download(`/api/filings/export.csv${q ? `?${new URLSearchParams({ q })}` : ''}`, 'declaraciones.csv');

  return (
    <div className="export-row">
      <button type="button" className="button button-secondary" onClick={() => void exportCsv()} disabled={busy !== null} aria-busy={busy !== null || undefined}>
        {busy ? 'Preparando…' : q ? 'Descargar estos resultados (CSV)' : 'Descargar la lista (CSV)'}
      </button>
      <DownloadFeedback message={message} error={error} />
    </div>
  );
}

function resultText(total: number, q: string, filtered: boolean): string {
  const count = total === 1 ? '1 declaración' : `${total.toLocaleString('es-MX')} declaraciones`;
  if (filtered && !q) return total === 0 ? 'Ninguna declaración cumple los filtros.' : `${count} ${total === 1 ? 'cumple' : 'cumplen'} los filtros.`;
  if (q) return total === 0 ? `Ninguna declaración coincide con «${q}».` : `${count} ${total === 1 ? 'coincide' : 'coinciden'} con «${q}».`;
  return total === 0 ? 'Todavía no se ha presentado ninguna declaración.' : `${count} presentadas.`;
}

