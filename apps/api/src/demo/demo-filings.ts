import fs from 'node:fs';
import path from 'node:path';
import type { EmploymentLevel } from '@veraz/contracts';
import { DraftsService, EmploymentLevelService, SigningService } from '@veraz/declarations';

const DATA_DIR = path.resolve(__dirname, '../../demo-data');

interface DemoFiler {
  userId: string;
  membershipId: string;
  password: string;
  level: EmploymentLevel;
  /** Files in demo-data, oldest first; each one starts from the previous filing. */
  filings: Array<{ file: string; start: { tipo: 'INICIAL' | 'MODIFICACIÓN' | 'CONCLUSIÓN'; fechaTomaPosesion?: string; anioReportado?: number; fechaConclusion?: string } }>;
}

export interface DemoFilingDeps {
  drafts: DraftsService;
  signing: SigningService;
  levels: EmploymentLevelService;
}

/**
 * Captures and signs the demo filings through the same services a filer uses, section by
 * section, so a new installation shows real data and its S1 endpoint has something to answer.
 */
export async function signDemoFilings(
  deps: DemoFilingDeps,
  inInstitution: <T>(fn: () => Promise<T>) => Promise<T>,
  adminUserId: string,
  filers: DemoFiler[],
): Promise<string[]> {
  const folios: string[] = [];
  for (const filer of filers) {
    await inInstitution(() => deps.levels.set(adminUserId, filer.membershipId, filer.level));
    for (const { file, start } of filer.filings) {
      const document = JSON.parse(fs.readFileSync(path.join(DATA_DIR, file), 'utf8')) as { declaracion: Record<string, Record<string, unknown>> };
      const folio = await inInstitution(async () => {
        const { declaration } = await deps.drafts.start(filer.userId, start);
        for (const section of declaration.sections) {
          const data = document.declaracion[section.group]?.[section.name];
          if (data !== undefined) await deps.drafts.saveSection(filer.userId, declaration.id, section.name, data, section.version);
        }
        const { folio } = await deps.signing.sign(filer.userId, declaration.id, { password: filer.password, aceptaProtesta: true });
        return folio;
      });
      folios.push(folio);
    }
  }
  return folios;
}

export const DEMO_FILINGS = {
  complete: [
    { file: 'inicial-completa.json', start: { tipo: 'INICIAL' as const, fechaTomaPosesion: '2023-01-16' } },
    { file: 'modificacion-completa.json', start: { tipo: 'MODIFICACIÓN' as const, anioReportado: 2023 } },
    { file: 'conclusion-completa.json', start: { tipo: 'CONCLUSIÓN' as const, fechaConclusion: '2024-10-15' } },
  ],
  simplified: [
    { file: 'inicial-simplificada.json', start: { tipo: 'INICIAL' as const, fechaTomaPosesion: '2023-06-01' } },
    { file: 'modificacion-simplificada.json', start: { tipo: 'MODIFICACIÓN' as const, anioReportado: 2023 } },
  ],
};
