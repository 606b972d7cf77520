import { Controller, Get, Inject, Param, Query, Res, UseFilters } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { createGzip } from 'node:zlib';
import { VERAZ_CONFIG, type VerazConfig } from '@veraz/config';
import { S1Error, S1QueryRepository } from '@veraz/s1';
import { oasDocument, TIPOS, type Tipo } from '@veraz/standards';
import { UnitOfWork } from '@veraz/tenancy';
import { Public } from '../auth/access.decorators';
import { InstitutionSlugs } from './institution-slugs';
import { S1ErrorFilter } from './s1-error.filter';

const BATCH = 500;
const FEED_LIMIT = 500;

/** Open data beyond the standard, from the same public projection the S1 endpoint serves. */
@ApiTags('S1 (PDN)')
@Controller('s1/:slug')
@UseFilters(S1ErrorFilter)
export class S1OpenDataController {
  constructor(
    private readonly slugs: InstitutionSlugs,
    private readonly repository: S1QueryRepository,
    private readonly uow: UnitOfWork,
    @Inject(VERAZ_CONFIG) private readonly config: VerazConfig,
  ) {}

  @Get('openapi.json')
  @Public()
  @ApiOperation({ summary: 'OAS oficial del punto S1 de la institución, con su dirección', description: 'tipo=INICIAL (omisión), MODIFICACIÓN o CONCLUSIÓN: el esquema de resultados de cada tipo.' })
  @ApiQuery({ name: 'tipo', required: false, enum: TIPOS })
  @ApiOkResponse({ description: 'OpenAPI 3.0 del estándar S1 v2' })
  async openapi(@Param('slug') slug: string, @Query('tipo') tipo: string | undefined): Promise<unknown> {
    const institution = await this.institution(slug);
    const chosen = (tipo && (TIPOS as readonly string[]).includes(tipo) ? tipo : 'INICIAL') as Tipo;
    const doc = structuredClone(oasDocument(chosen)) as Record<string, any>;
    const base = `${this.config.publicUrl}/s1/${slug.toLowerCase()}`;
    doc.servers = [{ url: base, description: institution.name }];
    // The standard's tokenUrl is relative ("/oauth"); give the PDN the absolute one it must register.
    for (const scheme of Object.values<Record<string, any>>(doc.components?.securitySchemes ?? {})) {
      if (scheme?.flows?.password) scheme.flows.password.tokenUrl = `${base}/oauth/token`;
    }
    return doc;
  }

  @Get('bulk.ndjson.gz')
  @Public()
  @ApiOperation({ summary: 'Descarga masiva: toda la proyección pública, una declaración por línea (NDJSON, gzip)' })
  @ApiProduces('application/gzip')
  @ApiOkResponse({ description: 'NDJSON comprimido' })
  async bulk(@Param('slug') slug: string, @Res() res: Response): Promise<void> {
    const institution = await this.institution(slug);
    res.status(200);
    // A .gz file, not a compressed transfer: clients that decompress transfers would save plain NDJSON.
    res.setHeader('Content-Type', 'application/gzip');
    res.setHeader('Content-Disposition', `attachment; filename="${slug.toLowerCase()}-declaraciones.ndjson.gz"`);
    const gzip = createGzip();
    gzip.pipe(res);
    let after = 0;
    for (;;) {
      // Short transactions per batch: a slow client never holds a database connection for the whole download.
      const batch = await this.uow.inTenant(institution.id, () => this.repository.batchAfter(institution.id, after, BATCH));
      for (const row of batch) {
        if (!gzip.write(`${JSON.stringify(row.document)}\n`)) await new Promise((resolve) => gzip.once('drain', resolve));
      }
      if (batch.length < BATCH) break;
      after = batch[batch.length - 1].seq;
    }
    gzip.end();
  }

  @Get('changes')
  @Public()
  @ApiOperation({
    summary: 'Cambios: declaraciones publicadas, corregidas o retiradas (reservadas) después de un momento',
    description:
      'results: publicadas o corregidas, por fecha de publicación e id (para continuar, repetir con since y after de `next`). ' +
      'withdrawn: ids retirados de la publicación desde `since`, que un espejo debe borrar.',
  })
  @ApiQuery({ name: 'since', required: true, description: 'Fecha y hora ISO 8601' })
  @ApiQuery({ name: 'after', required: false, description: 'id S1 del último resultado recibido con esa misma fecha' })
  @ApiOkResponse({ description: '{results, withdrawn: [{id, withdrawnAt}], next: {since, after} | null}' })
  async changes(@Param('slug') slug: string, @Query('since') since: string | undefined, @Query('after') after: string | undefined): Promise<unknown> {
    const institution = await this.institution(slug);
    const sinceDate = since ? new Date(since) : new Date(NaN);
    if (Number.isNaN(sinceDate.getTime())) throw new S1Error(400, 'e_8001', 'since debe ser una fecha y hora ISO 8601');
    const [rows, withdrawn] = await this.uow.inTenant(institution.id, () =>
      Promise.all([this.repository.changedSince(institution.id, sinceDate, after ?? '', FEED_LIMIT), this.repository.withdrawnSince(institution.id, sinceDate, FEED_LIMIT)]),
    );
    const last = rows[rows.length - 1];
    return {
      results: rows.map((r) => r.document),
      withdrawn: withdrawn.map((w) => ({ id: w.s1Id, withdrawnAt: w.withdrawnAt.toISOString() })),
      next: rows.length === FEED_LIMIT && last ? { since: last.publishedAt.toISOString(), after: last.s1Id } : null,
    };
  }

  private async institution(slug: string): Promise<{ id: string; name: string }> {
    const found = await this.slugs.resolve(slug);
    if (!found) throw new S1Error(404, 'e_404', 'No existe esa institución');
    return found;
  }
}
