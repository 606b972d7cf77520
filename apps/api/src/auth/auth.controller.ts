import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiAcceptedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import { RateLimitGuard } from '../http/rate-limit.guard';
import type { Request, Response } from 'express';
import { AuthenticationService, PasswordResetService, type Principal } from '@veraz/accounts';
import { VERAZ_CONFIG, type VerazConfig } from '@veraz/config';
import type { SessionView } from '@veraz/contracts';
import { MessageModel, SessionModel } from '../http/api-models';
import { Authenticated, Public } from './access.decorators';
import { LoginBody, PasswordResetConfirmBody, PasswordResetRequestBody, SwitchInstitutionBody } from './auth.dto';
import { CurrentPrincipal } from './current-principal.decorator';
import { clearRefreshCookie, readRefreshCookie, setRefreshCookie } from './refresh-cookie';

@ApiTags('Sesión')
@Controller('api/auth')
export class AuthController {
  constructor(
    private readonly authentication: AuthenticationService,
    private readonly resets: PasswordResetService,
    @Inject(VERAZ_CONFIG) private readonly config: VerazConfig,
  ) {}

  @Post('login')
  @Public()
  @UseGuards(RateLimitGuard)
  @HttpCode(200)
  @ApiOperation({ summary: 'Iniciar sesión con correo y contraseña' })
  @ApiOkResponse({ type: SessionModel })
  async login(@Body() body: LoginBody, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<SessionView> {
    const issued = await this.authentication.login({ email: body.email, password: body.password, userAgent: req.get('user-agent') });
    setRefreshCookie(res, this.config, issued.refreshToken, issued.refreshExpiresAt);
    return issued.view;
  }

  @Post('refresh')
  @Public()
  @UseGuards(RateLimitGuard)
  @Throttle({ auth: { limit: 120, ttl: 60_000 } })
  @HttpCode(200)
  @ApiOperation({ summary: 'Renovar el token de acceso con la cookie de sesión' })
  @ApiOkResponse({ type: SessionModel })
  @ApiNoContentResponse({ description: 'No hay sesión que renovar (la petición no trae la cookie de sesión)' })
  async refresh(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<SessionView | undefined> {
    const token = readRefreshCookie(req);
    // A first visit simply has no session: say so without an error status (nothing in the console).
    if (!token) {
      res.status(204);
      return undefined;
    }
    try {
      const issued = await this.authentication.refresh(token);
      setRefreshCookie(res, this.config, issued.refreshToken, issued.refreshExpiresAt);
      return issued.view;
    } catch (err) {
      clearRefreshCookie(res, this.config);
      throw err;
    }
  }

  @Post('logout')
  @Public()
  @HttpCode(204)
  @ApiOperation({ summary: 'Cerrar la sesión (revoca la cookie de sesión)' })
  @ApiNoContentResponse()
  async logout(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    const token = readRefreshCookie(req);
    if (token) await this.authentication.logout(token);
    clearRefreshCookie(res, this.config);
  }

  @Get('session')
  @Authenticated()
  @ApiOperation({ summary: 'Persona, institución y roles de la sesión actual' })
  @ApiOkResponse({ type: SessionModel })
  session(@CurrentPrincipal() principal: Principal): Promise<SessionView> {
    return this.authentication.current(principal);
  }

  @Post('switch-institution')
  @Authenticated()
  @HttpCode(200)
  @ApiOperation({ summary: 'Cambiar la institución activa de la sesión' })
  @ApiOkResponse({ type: SessionModel })
  switchInstitution(@CurrentPrincipal() principal: Principal, @Body() body: SwitchInstitutionBody): Promise<SessionView> {
    return this.authentication.switchInstitution(principal, body.institutionId);
  }

  @Post('password-reset')
  @Public()
  @UseGuards(RateLimitGuard)
  @HttpCode(202)
  @ApiOperation({ summary: 'Pedir un enlace para restablecer la contraseña' })
  @ApiAcceptedResponse({ type: MessageModel })
  async requestReset(@Body() body: PasswordResetRequestBody): Promise<MessageModel> {
    await this.resets.request(body.email);
    return { message: 'Si el correo está registrado, recibirás un enlace para restablecer tu contraseña. Vence en una hora.' };
  }

  @Post('password-reset/confirm')
  @Public()
  @UseGuards(RateLimitGuard)
  @HttpCode(204)
  @ApiOperation({ summary: 'Elegir una nueva contraseña con el enlace recibido' })
  @ApiNoContentResponse()
  async confirmReset(@Body() body: PasswordResetConfirmBody): Promise<void> {
    await this.resets.confirm(body.token, body.password);
  }
}
