import { Injectable } from '@nestjs/common';
import { DomainError, type SelfCheckView } from '@veraz/contracts';
import { FxRatesService, reportDate, selfCheck, ThresholdsService, type FilingFacts } from '@veraz/integrity';
import type { FilingRow } from '../declaration.types';
import { assembleDeclaracion } from '../filing/filing-document';
import { DeclarationsRepository } from '../repositories/declarations.repository';
import { FilingsRepository } from '../repositories/filings.repository';
import { DraftsService } from './drafts.service';
import { offeredSections } from './offered-sections';
import { mexicoDate } from './period';

function previousFacts(row: FilingRow): FilingFacts {
  return {
    id: row.id,
    folio: row.folio,
    tipo: row.tipo,
    declaracionCompleta: row.declaracionCompleta,
    fecha: reportDate(row.tipo, row) ?? mexicoDate(row.filedAt),
    filedAt: row.filedAt.toISOString(),
    declaracion: (row.document.declaracion ?? {}) as Record<string, unknown>,
  };
}

/**
 * The filer's self-check before signing: the data-quality and consistency rules (groups 3 and 7) over
 * the draft as it would be filed, against the filer's previous filing, worded as help. It only reads
 * the filer's own draft and filings, and never blocks signing.
 */
@Injectable()
export class SelfCheckService {
  constructor(
    private readonly drafts: DraftsService,
    private readonly declarations: DeclarationsRepository,
    private readonly filings: FilingsRepository,
    private readonly thresholds: ThresholdsService,
    private readonly fx: FxRatesService,
  ) {}

  async check(userId: string, id: string): Promise<SelfCheckView> {
    const declaration = await this.drafts.own(userId, id);
    if (declaration.status !== 'BORRADOR') {
      throw new DomainError('DECLARACION_PRESENTADA', 409, 'La declaración ya fue presentada: la revisión antes de firmar es para borradores.');
    }
    const saved = new Map((await this.declarations.sections(declaration.id)).map((s) => [s.section, s]));
    const today = mexicoDate();
    // The filing this draft becomes is compared, once filed, with the newest filing of another declaration:
    // a correction's own earlier versions are not «the previous filing».
    const corrected = declaration.correctsFilingId ? await this.filings.findById(declaration.correctsFilingId, { userId }) : null;
    const previous = await this.filings.findLastOfUser(userId, { exceptS1Id: corrected?.s1Id ?? null });
    const current = await this.thresholds.current();
    const hints = selfCheck({
      filing: {
        id: declaration.id,
        folio: '',
        tipo: declaration.tipo,
        declaracionCompleta: declaration.declaracionCompleta,
        fecha: reportDate(declaration.tipo, declaration) ?? today,
        filedAt: new Date().toISOString(),
        declaracion: assembleDeclaracion(offeredSections(declaration), saved),
      },
      previous: previous ? previousFacts(previous) : null,
      obligations: [],
      isLatestOfPerson: true,
      thresholds: current.thresholds,
      rates: await this.fx.table(),
    });
    return { hints };
  }
}
