// Fixtures for the declaration pages' tests (not part of the bundle: only test files import them).
import type { DeclarationSummary, FilerObligationView, DeclarationView, FilingSummary, FilingView, SectionView } from '@veraz/contracts';

export const USER_ID = 'user-1';
export const DECLARATION_ID = '33333333-3333-4333-8333-333333333333';
export const FILING_ID = '44444444-4444-4444-8444-444444444444';
export const OTHER_FILING_ID = '55555555-5555-4555-8555-555555555555';

export function sectionView(name: string, label: string, overrides: Partial<SectionView> = {}): SectionView {
  return { name, group: 'situacionPatrimonial', label, status: 'vacía', version: 0, data: null, pending: [], updatedAt: null, ...overrides };
}

export function declarationSummary(overrides: Partial<DeclarationSummary> = {}): DeclarationSummary {
  return {
    id: DECLARATION_ID,
    tipo: 'MODIFICACIÓN',
    actualizacionConflictoInteres: false,
    declaracionCompleta: true,
    status: 'BORRADOR',
    fechaTomaPosesion: null,
    anioReportado: 2025,
    fechaConclusion: null,
    progress: 40,
    prefilledFromFilingId: null,
    correctsFilingId: null,
    filingId: null,
    createdAt: '2026-05-02T16:00:00.000Z',
    updatedAt: '2026-05-03T16:00:00.000Z',
    ...overrides,
  };
}

/** A complete-format modification: datosGenerales done, domicilio in progress, bienesInmuebles empty, one interest section. */
export function declarationView(overrides: Partial<DeclarationView> = {}): DeclarationView {
  return {
    ...declarationSummary(),
    sections: [
      sectionView('datosGenerales', 'Datos generales', { status: 'completa', version: 3 }),
      sectionView('domicilioDeclarante', 'Domicilio del declarante', {
        status: 'en captura',
        version: 1,
        pending: [{ path: 'domicilioDeclarante.domicilioMexico.codigoPostal', message: 'falta capturar el código postal' }],
      }),
      sectionView('bienesInmuebles', 'Bienes inmuebles'),
      sectionView('vehiculos', 'Vehículos', { status: 'ninguno', version: 1 }),
      sectionView('participacion', 'Participación en empresas, sociedades o asociaciones', { group: 'interes', status: 'completa', version: 2 }),
    ],
    ...overrides,
  };
}

/** Every section done: ready to sign. */
export function completeDeclaration(overrides: Partial<DeclarationView> = {}): DeclarationView {
  const base = declarationView();
  return {
    ...base,
    progress: 100,
    sections: base.sections.map((s) => ({ ...s, status: s.status === 'ninguno' ? 'ninguno' : 'completa', pending: [] })),
    ...overrides,
  };
}

export function filingSummary(overrides: Partial<FilingSummary> = {}): FilingSummary {
  return {
    id: FILING_ID,
    folio: 'SEFIN-2025-000012',
    s1Id: 'abc123',
    version: 1,
    isLatest: true,
    tipo: 'INICIAL',
    declaracionCompleta: true,
    actualizacionConflictoInteres: false,
    filedAt: '2025-03-10T17:45:00.000Z',
    sha256: 'a'.repeat(64),
    filer: { userId: USER_ID, nombreCompleto: 'Ana López' },
    reserved: false,
    supersedesFilingId: null,
    notaAclaratoria: null,
    fechaTomaPosesion: '2025-01-15',
    anioReportado: null,
    fechaConclusion: null,
    ...overrides,
  };
}

export function filingView(overrides: Partial<FilingView> = {}): FilingView {
  const summary = filingSummary(overrides);
  return {
    ...summary,
    reservedReason: null,
    document: {},
    versions: [{ id: summary.id, folio: summary.folio, version: summary.version, filedAt: summary.filedAt }],
    efirma: null,
    ...overrides,
  };
}

export function pdfResponse(filename: string, text = '%PDF-1.7 fake'): Response {
  return new Response(new TextEncoder().encode(text), {
    status: 200,
    headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': `attachment; filename="${filename}"` },
  });
}

export function errorResponse(status: number, code: string, message: string, extra: { errors?: { path: string; message: string }[]; headers?: Record<string, string> } = {}): Response {
  return new Response(JSON.stringify({ statusCode: status, code, message, ...(extra.errors ? { errors: extra.errors } : {}) }), {
    status,
    headers: { 'Content-Type': 'application/json', ...extra.headers },
  });
}

/** jsdom has no object URLs: give them predictable names for the duration of a test. Returns the undo. */
export function stubObjectUrls(): { created: Blob[]; revoked: string[]; restore: () => void } {
  const created: Blob[] = [];
  const revoked: string[] = [];
  const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
  Object.defineProperty(URL, 'createObjectURL', {
    configurable: true,
    writable: true,
    value: (blob: Blob) => {
      created.push(blob);
      return `blob:veraz/${created.length}`;
    },
  });
  Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, writable: true, value: (url: string) => revoked.push(url) });
  return {
    created,
    revoked,
    restore: () => {
      Object.defineProperty(URL, 'createObjectURL', { configurable: true, writable: true, value: original.create });
      Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, writable: true, value: original.revoke });
    },
  };
}

/** An obligation as GET /api/declarations/obligations sends it: by default, a pending INICIAL. */
export function filerObligation(overrides: Partial<FilerObligationView> = {}): FilerObligationView {
  return {
    id: 'o-1',
    kind: 'INICIAL',
    kindLabel: 'Declaración inicial',
    periodKey: '2026-04-20',
    triggerDate: '2026-04-20',
    windowStart: '2026-04-20',
    dueDate: '2026-06-19',
    state: 'PENDIENTE',
    stateLabel: 'Pendiente',
    metOn: null,
    basis: 'Cuarta: toma de posesión el 2026-04-20; inicial dentro de los sesenta días naturales siguientes.',
    ...overrides,
  };
}
