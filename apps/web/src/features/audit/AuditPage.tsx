import type { AuditEventView } from '@veraz/contracts';
import { useState } from 'react';
import { errorMessage } from '../../api/errors';
import { useApi } from '../../app/session';
import { usePageTitle } from '../../app/usePageTitle';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { useResource } from '../../components/useResource';
import { AuditFilters, filterQuery, hasFilters, NO_FILTERS, type AuditFilterValues } from './AuditFilters';
import { AuditTable } from './AuditTable';

const LIMIT = 50;

const SCOPES = {
  institution: { path: '/api/audit-events', title: 'Bitácora', intro: 'Eventos registrados en tu institución, del más reciente al más antiguo.' },
  platform: { path: '/api/platform/audit-events', title: 'Bitácora de la plataforma', intro: 'Eventos registrados a nivel plataforma, del más reciente al más antiguo.' },
} as const;

export default function AuditPage({ scope }: { scope: keyof typeof SCOPES }) {
  const { path, title, intro } = SCOPES[scope];
  usePageTitle(title);
  const client = useApi();
  const [filters, setFilters] = useState<AuditFilterValues>(NO_FILTERS);
  // The list's identity: its scope and its filters. Older pages belong to one such list.
  const list = `${path}?limit=${LIMIT}${filterQuery(filters)}`;
  const first = useResource((signal) => client.get<AuditEventView[]>(list, signal), [client, list]);
  const [older, setOlder] = useState<{ list: string; events: AuditEventView[]; exhausted: boolean }>({ list, events: [], exhausted: false });
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  // Pages loaded with "Cargar más" belong to one list; forget them if the scope or the filters change.
  const extra = older.list === list ? older : { list, events: [], exhausted: false };
  const events = [...(first.data ?? []), ...extra.events];
  const hasMore = first.data !== undefined && first.data.length === LIMIT && !extra.exhausted;

  async function loadMore() {
    const last = events[events.length - 1];
    if (!last) return;
    setLoadingMore(true);
    setMoreError(null);
    try {
      const batch = await client.get<AuditEventView[]>(`${list}&beforeSeq=${last.seq}`);
      setOlder({ list, events: [...extra.events, ...batch], exhausted: batch.length < LIMIT });
      setNotice(batch.length ? `Se cargaron ${batch.length} eventos más.` : 'No hay eventos más antiguos.');
    } catch (error) {
      setMoreError(errorMessage(error));
    } finally {
      setLoadingMore(false);
    }
  }

  return (
    <>
      <h1>{title}</h1>
      <p>{intro}</p>
      <AuditFilters value={filters} onApply={setFilters} />
      {first.loading && <Loading label="Cargando la bitácora…" />}
      {first.error && <LoadError message={first.error} onRetry={first.reload} />}
      {first.data && (events.length === 0 ? <p role="status">{hasFilters(filters) ? 'Ningún evento coincide con los filtros.' : 'Todavía no hay eventos registrados.'}</p> : <AuditTable events={events} />)}
      <Notice>{notice}</Notice>
      {moreError && (
        <p className="error-message" role="alert">
          {moreError}
        </p>
      )}
      {hasMore && (
        <button type="button" className="button button-secondary" onClick={loadMore} disabled={loadingMore}>
          {loadingMore ? 'Cargando…' : 'Cargar más'}
        </button>
      )}
      {first.data && events.length > 0 && !hasMore && <p className="hint">{hasFilters(filters) ? 'No hay más eventos con estos filtros.' : 'Llegaste al primer evento registrado.'}</p>}
    </>
  );
}
