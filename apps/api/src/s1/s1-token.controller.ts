import { Body, Controller, Header, HttpCode, Param, Post, Req, UseFilters, UseGuards } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiParam, ApiProperty, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Request } from 'express';
import { S1_TOKEN_TTL_SECONDS, S1TokenService, type S1TokenResponse } from '@veraz/s1';
import { Public } from '../auth/access.decorators';
import { RateLimitGuard } from '../http/rate-limit.guard';
import { S1ErrorFilter, S1ErrorModel } from './s1-error.filter';

export class S1TokenModel implements S1TokenResponse {
  @ApiProperty({ description: 'JWT que se envía como `Authorization: Bearer …` al punto de consulta' }) access_token: string;
  @ApiProperty({ enum: ['Bearer'], example: 'Bearer' }) token_type: 'Bearer';
  @ApiProperty({ example: S1_TOKEN_TTL_SECONDS, description: 'Segundos de vigencia' }) expires_in: number;
}

const TOKEN_BODY = {
  schema: {
    type: 'object',
    required: ['grant_type', 'username', 'password'],
    properties: {
      grant_type: { type: 'string', enum: ['password'] },
      username: { type: 'string' },
      password: { type: 'string' },
      client_id: { type: 'string', description: 'Si no va en el encabezado Authorization: Basic' },
      client_secret: { type: 'string', description: 'Si no va en el encabezado Authorization: Basic' },
      scope: { type: 'string', description: 'Opcional; solo se admite read' },
    },
  },
};

const DESCRIPTION =
  'Flujo OAuth2 de contraseña del estándar S1, como lo usa la Plataforma Digital Nacional: cuerpo ' +
  'application/x-www-form-urlencoded con grant_type=password, username, password y las credenciales del cliente ' +
  '(client_id y client_secret) en el encabezado Authorization: Basic, en el cuerpo o en ambos. El token dura una hora. ' +
  'Los errores son 401 {code, message} con los códigos e_4001 (datos incompletos), e_4002 (grant_type no soportado), ' +
  'e_4003 (credenciales inválidas) y e_4006 (scope no permitido). Hay un límite de solicitudes por credencial y por IP: ' +
  'al excederlo se responde 429 {code: e_429, message} con el encabezado Retry-After (segundos).';

/** The OAuth token endpoints the PDN calls before every query (cheap, never cached). */
@ApiTags('S1 (PDN)')
@Controller('s1')
@UseFilters(S1ErrorFilter)
@UseGuards(RateLimitGuard)
@ApiTooManyRequestsResponse({ type: S1ErrorModel, description: 'Límite por credencial o por IP excedido; ver Retry-After' })
export class S1TokenController {
  constructor(private readonly tokens: S1TokenService) {}

  @Post('oauth/token')
  @Public()
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  @Header('Pragma', 'no-cache')
  @ApiOperation({ summary: 'Token OAuth2 para el punto S1 compartido de la plataforma', description: DESCRIPTION })
  @ApiConsumes('application/x-www-form-urlencoded')
  @ApiBody(TOKEN_BODY)
  @ApiOkResponse({ type: S1TokenModel })
  @ApiUnauthorizedResponse({ type: S1ErrorModel })
  platformToken(@Req() req: Request, @Body() body: Record<string, unknown>): Promise<S1TokenResponse> {
    return this.tokens.grant({ slug: null, contentType: req.headers['content-type'], body, authorization: req.headers.authorization });
  }

  @Post(':slug/oauth/token')
  @Public()
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  @Header('Pragma', 'no-cache')
  @ApiOperation({ summary: 'Token OAuth2 para el punto S1 de una institución', description: DESCRIPTION })
  @ApiParam({ name: 'slug', description: 'Identificador de la institución en la URL', example: 'sefin-jalisco' })
  @ApiConsumes('application/x-www-form-urlencoded')
  @ApiBody(TOKEN_BODY)
  @ApiOkResponse({ type: S1TokenModel })
  @ApiUnauthorizedResponse({ type: S1ErrorModel })
  institutionToken(@Param('slug') slug: string, @Req() req: Request, @Body() body: Record<string, unknown>): Promise<S1TokenResponse> {
    return this.tokens.grant({ slug, contentType: req.headers['content-type'], body, authorization: req.headers.authorization });
  }
}
