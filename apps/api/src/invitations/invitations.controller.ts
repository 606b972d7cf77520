import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InvitationsService, type Principal } from '@veraz/accounts';
import type { InvitationView, Page } from '@veraz/contracts';
import { MemberOf } from '../auth/access.decorators';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { ApiErrorModel, InvitationModel, InvitationPageModel } from '../http/api-models';
import { PageQuery } from '../http/pagination.query';
import { uuidPipe } from '../http/uuid.pipe';
import { CreateInvitationBody } from './invitations.dto';

@ApiTags('Invitaciones')
@Controller('api/invitations')
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Get()
  @MemberOf('ADMIN_INSTITUCION')
  @ApiOperation({ summary: 'Invitaciones de la institución' })
  @ApiOkResponse({ type: InvitationPageModel })
  list(@Query() page: PageQuery): Promise<Page<InvitationView>> {
    return this.invitations.list(page);
  }

  @Post()
  @MemberOf('ADMIN_INSTITUCION')
  @ApiOperation({
    summary: 'Invitar a una persona (se le envía un correo con el enlace)',
    description: 'El enlace viaja solo en el correo a la persona invitada; la respuesta no lo incluye. No se puede invitar al correo de una cuenta de operador (409).',
  })
  @ApiCreatedResponse({ type: InvitationModel })
  @ApiConflictResponse({ type: ApiErrorModel, description: 'El correo es de un operador, ya es miembro o ya tiene una invitación pendiente' })
  create(@Body() body: CreateInvitationBody, @CurrentPrincipal() principal: Principal): Promise<InvitationView> {
    return this.invitations.create(body, principal.userId);
  }

  @Post(':id/revoke')
  @MemberOf('ADMIN_INSTITUCION')
  @HttpCode(200)
  @ApiOperation({ summary: 'Revocar una invitación pendiente' })
  @ApiOkResponse({ type: InvitationModel })
  revoke(@Param('id', uuidPipe) id: string, @CurrentPrincipal() principal: Principal): Promise<InvitationView> {
    return this.invitations.revoke(id, principal.userId);
  }

  @Post(':id/resend')
  @MemberOf('ADMIN_INSTITUCION')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Reenviar una invitación pendiente o vencida',
    description: 'Genera un enlace nuevo, vigente 7 días, y lo envía por correo; el enlace anterior deja de servir.',
  })
  @ApiOkResponse({ type: InvitationModel })
  @ApiConflictResponse({ type: ApiErrorModel, description: 'La invitación ya fue aceptada o revocada, u otra pendiente existe para ese correo' })
  resend(@Param('id', uuidPipe) id: string, @CurrentPrincipal() principal: Principal): Promise<InvitationView> {
    return this.invitations.resend(id, principal.userId);
  }
}
