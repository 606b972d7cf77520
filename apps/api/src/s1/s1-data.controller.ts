import { Body, Controller, Headers, HttpCode, Post, Res, UseFilters } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { MAX_FILTER_LENGTH, MAX_PAGE, MAX_PAGE_SIZE, MAX_RANGE_BOUND, S1Error, S1QueryService, S1TokenService, type S1Page } from '@veraz/s1';
import { Public } from '../auth/access.decorators';
import type { NamedInstitution } from '../auth/institution-slugs';
import { RouteInstitution } from '../auth/route-institution.decorator';
import { S1ErrorFilter } from './s1-error.filter';

const REQUEST_EXAMPLE = { page: 1, pageSize: 10, query: { nombres: 'jose', totalIngresosNetos: { min: 50000, max: 0 } }, sort: { primerApellido: 'asc' } };

/** reqDeclaraciones with the bounds the parser enforces (libs/s1 s1-request.ts). */
const REQUEST_SCHEMA = {
  type: 'object',
  description:
    `Textos de filtro: como máximo ${MAX_FILTER_LENGTH} caracteres, sin caracteres de control. Rangos {min, max}: números entre ` +
    `-${MAX_RANGE_BOUND} y ${MAX_RANGE_BOUND}. Fuera de eso: 400 e_8001 con el campo en el mensaje.`,
  properties: {
    page: { type: 'integer', minimum: 1, maximum: MAX_PAGE, default: 1 },
    pageSize: { type: 'integer', minimum: 1, maximum: MAX_PAGE_SIZE, default: 10, description: `Fuera de 1…${MAX_PAGE_SIZE} se ajusta, como la implementación de referencia` },
    query: { type: 'object' },
    sort: { type: 'object' },
  },
};
// The default order keeps each declaration's place while the data changes (SCALING.md, «Páginas estables»).
const OK_RESPONSE = {
  description:
    'resDeclaraciones: {pagination, results}. totalRows es exacto. Sin filtros ni orden (el orden por omisión), una página puede ' +
    'traer menos filas que pageSize donde se reservó una declaración, y la última página (según totalRows) trae también las que ' +
    'siguen, para que una descarga masiva en curso no pierda filas que siguen públicas. Cabecera Server-Timing: s1;dur=milisegundos de la consulta en el servidor.',
};
const BAD_REQUEST = { status: 400, description: '{code: "e_8001", message}: el mensaje nombra el campo inválido' };

/**
 * The S1 data endpoint the PDN queries: per institution, and platform-wide over the institutions
 * that opted in. Authenticated with the S1 token (not a person's session), answered as the
 * standard says, errors as {code, message}.
 */
@ApiTags('S1 (PDN)')
@Controller('s1')
@UseFilters(S1ErrorFilter)
export class S1DataController {
  constructor(
    private readonly query: S1QueryService,
    private readonly tokens: S1TokenService,
  ) {}

  @Post(':slug/v2/declaraciones')
  @Public({ institution: 'slug', replica: true })
  @ApiParam({ name: 'slug', type: String })
  @HttpCode(200)
  @ApiOperation({ summary: 'Consulta S1 de una institución (POST /v2/declaraciones)', description: 'Token Bearer de POST /s1/{slug}/oauth/token. Solo datos públicos.' })
  @ApiBody({ schema: REQUEST_SCHEMA, examples: { pdn: { summary: 'Búsqueda del sitio de la PDN', value: REQUEST_EXAMPLE } } })
  @ApiOkResponse(OK_RESPONSE)
  @ApiResponse(BAD_REQUEST)
  @ApiResponse({ status: 401, description: '{code: "e_701", message}' })
  async institution(
    @RouteInstitution() institution: NamedInstitution | null,
    @Headers('authorization') authorization: string | undefined,
    @Body() body: unknown,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    // An unknown institution answers like a bad token: the endpoint does not reveal who exists.
    if (!institution) throw new S1Error(401, 'e_701', 'Token inválido o vencido');
    const started = performance.now();
    await this.tokens.verify(authorization, { institutionId: institution.id });
    return send(res, await this.query.search({ kind: 'institution', institutionId: institution.id }, body), started);
  }

  @Post('v2/declaraciones')
  @Public({ shared: true, replica: true })
  @HttpCode(200)
  @ApiOperation({ summary: 'Consulta S1 de la plataforma (instituciones que se sumaron al punto compartido)' })
  @ApiBody({ schema: REQUEST_SCHEMA, examples: { pdn: { summary: 'Búsqueda del sitio de la PDN', value: REQUEST_EXAMPLE } } })
  @ApiOkResponse(OK_RESPONSE)
  @ApiResponse(BAD_REQUEST)
  @ApiResponse({ status: 401, description: '{code: "e_701", message}' })
  async shared(@Headers('authorization') authorization: string | undefined, @Body() body: unknown, @Res({ passthrough: true }) res: Response): Promise<string> {
    const started = performance.now();
    await this.tokens.verify(authorization, { institutionId: null });
    return send(res, await this.query.search({ kind: 'shared' }, body), started);
  }
}

/**
 * resDeclaraciones as JSON, the documents spliced in as stored. Server-Timing tells a client (and the
 * load benchmark) how long the query took here, apart from the network and its own queueing.
 */
function send(res: Response, page: S1Page, started: number): string {
  res.type('application/json; charset=utf-8');
  res.setHeader('Server-Timing', `s1;dur=${(performance.now() - started).toFixed(1)}`);
  return page.json();
}
