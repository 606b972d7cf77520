import { Controller, Get, Inject, Param, Query, Res, UseFilters } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { createGzip } from 'node:zlib';
import { VERAZ_CONFIG, type VerazConfig } from '@veraz/config';
import { MAX_FILTER_LENGTH, S1Error, S1OpenDataService, type S1Changes } from '@veraz/s1';
import { oasDocument, TIPOS, type Tipo } from '@veraz/standards';
import { Public } from '../auth/access.decorators';
import type { NamedInstitution } from '../auth/institution-slugs';
import { Batches, RouteInstitution, type InstitutionBatches } from '../auth/route-institution.decorator';
import { S1ErrorFilter } from './s1-error.filter';

/** Open data beyond the standard, from the same public projection the S1 endpoint serves. */
@ApiTags('S1 (PDN)')
@Controller('s1/:slug')
@UseFilters(S1ErrorFilter)
export class S1OpenDataController {
  constructor(
    private readonly openData: S1OpenDataService,
    @Inject(VERAZ_CONFIG) private readonly config: VerazConfig,
  ) {}

  @Get('openapi.json')
  @Public({ institution: 'slug' })
  @ApiOperation({ summary: 'OAS oficial del punto S1 de la institución, con su dirección', description: 'tipo=INICIAL (omisión), MODIFICACIÓN o CONCLUSIÓN: el esquema de resultados de cada tipo.' })
  @ApiQuery({ name: 'tipo', required: false, enum: TIPOS })
  @ApiOkResponse({ description: 'OpenAPI 3.0 del estándar S1 v2' })
  async openapi(@Param('slug') slug: string, @RouteInstitution() found: NamedInstitution | null, @Query('tipo') tipo: string | undefined): Promise<unknown> {
    const institution = this.institution(found);
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
  @Public({ institution: 'slug', perBatch: true, replica: true })
  @ApiOperation({
    summary: 'Descarga masiva: toda la proyección pública, una declaración por línea (NDJSON, gzip)',
    description: 'Con réplica de lectura (DATABASE_READ_URL), toda la descarga sale de una sola instantánea del standby. Si la descarga se interrumpe a medias, la conexión se corta: el gzip queda incompleto.',
  })
  @ApiProduces('application/gzip')
  @ApiOkResponse({ description: 'NDJSON comprimido' })
  async bulk(@Param('slug') slug: string, @Batches() batches: InstitutionBatches | null, @Res() res: Response): Promise<void> {
    if (!batches) throw noSuchInstitution();
    res.status(200);
    // A .gz file, not a compressed transfer: clients that decompress transfers would save plain NDJSON.
    res.setHeader('Content-Type', 'application/gzip');
    res.setHeader('Content-Disposition', `attachment; filename="${slug.toLowerCase()}-declaraciones.ndjson.gz"`);
    const gzip = createGzip();
    gzip.pipe(res);
    for await (const document of this.openData.documents(batches)) {
      if (!gzip.write(`${JSON.stringify(document)}\n`)) await new Promise((resolve) => gzip.once('drain', resolve));
    }
    gzip.end();
  }

  @Get('changes')
  @Public({ institution: 'slug', replica: true })
  @ApiParam({ name: 'slug', type: String })
  @ApiOperation({
    summary: 'Cambios: declaraciones publicadas, corregidas o retiradas (reservadas) después de un momento',
    description:
      'results: publicadas o corregidas, por fecha de publicación e id (para continuar, repetir con since y after de `next`). ' +
      'withdrawn: ids retirados de la publicación desde `since`, que un espejo debe borrar.',
  })
  @ApiQuery({ name: 'since', required: true, description: 'Fecha y hora ISO 8601 (años 1 a 9999)' })
  @ApiQuery({ name: 'after', required: false, schema: { type: 'string', maxLength: MAX_FILTER_LENGTH }, description: 'id S1 del último resultado recibido con esa misma fecha' })
  @ApiOkResponse({ description: '{results, withdrawn: [{id, withdrawnAt}], next: {since, after} | null}' })
  async changes(@RouteInstitution() found: NamedInstitution | null, @Query('since') since: unknown, @Query('after') after: unknown): Promise<S1Changes> {
    this.institution(found);
    return this.openData.changes(since, after);
  }

  private institution(found: NamedInstitution | null): NamedInstitution {
    if (!found) throw noSuchInstitution();
    return found;
  }
}

const noSuchInstitution = () => new S1Error(404, 'e_404', 'No existe esa institución');
