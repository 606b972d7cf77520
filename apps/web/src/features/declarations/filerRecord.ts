import type { DeclarationSummary, FilingSummary, FilingView, Page } from '@veraz/contracts';
import type { ApiClient } from '../../api/client';

/** The signed-in filer's declarations (drafts and presented) and their own filings, newest filing first. */
export interface FilerRecord {
  declarations: DeclarationSummary[];
  filings: FilingSummary[];
}

const FILINGS_PAGE = 200;

/**
 * Loads what the filer has on record: their own filings (mine=true, since reviewers and administrators
 * otherwise list the whole institution); a presented declaration whose filing is beyond that page is
 * read one by one.
 */
export async function loadFilerRecord(client: ApiClient, userId: string, signal: AbortSignal): Promise<FilerRecord> {
  const [declarations, page] = await Promise.all([
    client.get<DeclarationSummary[]>('/api/declarations', signal),
    client.get<Page<FilingSummary>>(`/api/filings?mine=true&limit=${FILINGS_PAGE}&offset=0`, signal),
  ]);
  const own = page.items.filter((filing) => filing.filer.userId === userId);
  const known = new Set(own.map((filing) => filing.id));
  const missing = declarations
    .filter((d) => d.status === 'PRESENTADA' && d.filingId && !known.has(d.filingId))
    .map((d) => d.filingId as string);
  const extra = await Promise.all(missing.map((id) => client.get<FilingView>(`/api/filings/${encodeURIComponent(id)}`, signal)));
  const filings: FilingSummary[] = [...own, ...extra];
  filings.sort((a, b) => b.filedAt.localeCompare(a.filedAt));
  return { declarations, filings };
}

/** The filing the server prefills from: the filer's most recent one. */
export function lastFiling(record: FilerRecord): FilingSummary | null {
  return record.filings[0] ?? null;
}
