import { Body, Controller, Get, HttpCode, Inject, Param, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RateLimitGuard } from '../http/rate-limit.guard';
import type { Request, Response } from 'express';
import { InvitationAcceptanceService, InvitationsService } from '@veraz/accounts';
import { VERAZ_CONFIG, type VerazConfig } from '@veraz/config';
import type { PublicInvitationView, SessionView } from '@veraz/contracts';
import { Public } from '../auth/access.decorators';
import { AcceptInvitationBody } from '../auth/auth.dto';
import { setRefreshCookie } from '../auth/refresh-cookie';
import { ApiErrorModel, PublicInvitationModel, SessionModel } from '../http/api-models';

/** What a person can do with the link in an invitation e-mail, before having an account. */
@ApiTags('Invitaciones')
@Controller('api/invitation-links')
@Public()
@UseGuards(RateLimitGuard)
export class InvitationLinksController {
  constructor(
    private readonly invitations: InvitationsService,
    private readonly acceptance: InvitationAcceptanceService,
    @Inject(VERAZ_CONFIG) private readonly config: VerazConfig,
  ) {}

  @Get(':token')
  @ApiOperation({ summary: 'Datos de una invitación a partir de su enlace' })
  @ApiOkResponse({ type: PublicInvitationModel })
  describe(@Param('token') token: string): Promise<PublicInvitationView> {
    return this.invitations.describe(token);
  }

  @Post(':token/accept')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Aceptar la invitación: registrarse, o confirmar con la contraseña de una cuenta existente',
    description: 'Siempre se une la cuenta del correo invitado (nunca la de una sesión abierta). Una cuenta de operador no puede aceptar (409 OPERADOR_SIN_ROLES).',
  })
  @ApiOkResponse({ type: SessionModel })
  @ApiConflictResponse({ type: ApiErrorModel, description: 'Cuenta de operador, o datos que ya pertenecen a otra cuenta' })
  async accept(
    @Param('token') token: string,
    @Body() body: AcceptInvitationBody,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SessionView> {
    const issued = await this.acceptance.accept(token, { ...body, userAgent: req.get('user-agent') });
    setRefreshCookie(res, this.config, issued.refreshToken, issued.refreshExpiresAt);
    return issued.view;
  }
}
