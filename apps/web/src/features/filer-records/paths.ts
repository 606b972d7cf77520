/** Where the filer's records live in the web app. */
export const filerRecordPaths = {
  constancias: () => '/declaraciones/constancias',
  aviso: () => '/declaraciones/aviso',
};

export const constanciasApi = {
  list: () => '/api/tax-constancias',
  file: (id: string) => `/api/tax-constancias/${encodeURIComponent(id)}/archivo`,
};

export const avisosApi = {
  list: () => '/api/avisos-cambio-ente',
  prefill: () => '/api/avisos-cambio-ente/prefill',
  acuse: (id: string) => `/api/avisos-cambio-ente/${encodeURIComponent(id)}/acuse`,
};

/** "1.2 MB", "830 KB": sizes as people read them. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toLocaleString('es-MX', { maximumFractionDigits: 1 })} MB`;
  return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('es-MX')} KB`;
}
