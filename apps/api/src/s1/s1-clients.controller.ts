import { Body, Controller, Get, Header, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@veraz/accounts';
import { S1CredentialsService, type S1ClientCreated, type S1ClientView } from '@veraz/s1';
import { MemberOf, OperatorOnly } from '../auth/access.decorators';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { uuidPipe } from '../http/uuid.pipe';
import { CreateS1ClientBody, S1ClientCreatedModel, S1ClientModel } from './s1-clients.dto';

const CREATE_DESCRIPTION =
  'Genera client_id, client_secret, username y password para registrar en la Plataforma Digital Nacional junto con ' +
  'token_url y url. Los secretos se muestran solo en esta respuesta: se guardan únicamente como HMAC.';

/** An institution's administrators manage the credentials the PDN uses for their S1 endpoint. */
@ApiTags('S1 (PDN)')
@Controller('api/s1-clients')
export class S1ClientsController {
  constructor(private readonly credentials: S1CredentialsService) {}

  @Get()
  @MemberOf('ADMIN_INSTITUCION')
  @ApiOperation({ summary: 'Credenciales S1 (PDN) de la institución, sin secretos' })
  @ApiOkResponse({ type: [S1ClientModel] })
  list(@CurrentPrincipal() principal: Principal): Promise<S1ClientView[]> {
    return this.credentials.list(principal.institutionId!);
  }

  @Post()
  @MemberOf('ADMIN_INSTITUCION')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Crear una credencial S1 (PDN) para la institución', description: CREATE_DESCRIPTION })
  @ApiCreatedResponse({ type: S1ClientCreatedModel })
  create(@Body() body: CreateS1ClientBody, @CurrentPrincipal() principal: Principal): Promise<S1ClientCreated> {
    return this.credentials.create({ institutionId: principal.institutionId!, label: body.label, actorUserId: principal.userId });
  }

  @Post(':id/revoke')
  @MemberOf('ADMIN_INSTITUCION')
  @HttpCode(200)
  @ApiOperation({ summary: 'Revocar una credencial S1 (PDN): deja de obtener tokens y sus tokens dejan de servir' })
  @ApiOkResponse({ type: S1ClientModel })
  revoke(@Param('id', uuidPipe) id: string, @CurrentPrincipal() principal: Principal): Promise<S1ClientView> {
    return this.credentials.revoke(principal.institutionId!, id, principal.userId);
  }
}

/** Operators manage the credentials of the platform-wide S1 endpoint (institutions that opted in). */
@ApiTags('S1 (PDN)')
@Controller('api/platform/s1-clients')
export class PlatformS1ClientsController {
  constructor(private readonly credentials: S1CredentialsService) {}

  @Get()
  @OperatorOnly()
  @ApiOperation({ summary: 'Credenciales S1 (PDN) del punto compartido de la plataforma, sin secretos' })
  @ApiOkResponse({ type: [S1ClientModel] })
  list(): Promise<S1ClientView[]> {
    return this.credentials.list(null);
  }

  @Post()
  @OperatorOnly()
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Crear una credencial S1 (PDN) para el punto compartido de la plataforma', description: CREATE_DESCRIPTION })
  @ApiCreatedResponse({ type: S1ClientCreatedModel })
  create(@Body() body: CreateS1ClientBody, @CurrentPrincipal() principal: Principal): Promise<S1ClientCreated> {
    return this.credentials.create({ institutionId: null, label: body.label, actorUserId: principal.userId });
  }

  @Post(':id/revoke')
  @OperatorOnly()
  @HttpCode(200)
  @ApiOperation({ summary: 'Revocar una credencial S1 (PDN) del punto compartido' })
  @ApiOkResponse({ type: S1ClientModel })
  revoke(@Param('id', uuidPipe) id: string, @CurrentPrincipal() principal: Principal): Promise<S1ClientView> {
    return this.credentials.revoke(null, id, principal.userId);
  }
}
