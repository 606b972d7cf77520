import { Body, Controller, Delete, Get, Header, Put, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { Principal } from '@veraz/accounts';
import { MAX_LOGO_BYTES, MAX_P12_BYTES, NotFoundError, ValidationError, type InstitutionSettingsView, type SigningTextView } from '@veraz/contracts';
import { CertificatesService, type CertificateSummary } from '@veraz/documents';
import { InstitutionSettingsService, type InstitutionSettings } from '@veraz/institutions';
import { P12Error } from '@veraz/signing';
import { MemberOf } from '../auth/access.decorators';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { ApiErrorModel } from '../http/api-models';
import { InstitutionSettingsModel, SigningTextModel, UpdateInstitutionSettingsBody } from './institution-settings.dto';
import { FILE_FIELD, readUpload } from './settings-upload';

const PASSPHRASE_FIELD = 'passphrase';
const fileBody = (extra: Record<string, object> = {}) => ({
  schema: { type: 'object', required: [FILE_FIELD, ...Object.keys(extra)], properties: { [FILE_FIELD]: { type: 'string', format: 'binary' }, ...extra } },
});

/** «Configuración»: what an institution's admins set for their own institution. */
@ApiTags('Institución')
@Controller('api/institution')
export class InstitutionSettingsController {
  constructor(
    private readonly settings: InstitutionSettingsService,
    private readonly certificates: CertificatesService,
  ) {}

  @Get('settings')
  @MemberOf('ADMIN_INSTITUCION')
  @ApiOperation({ summary: 'Configuración de la institución, con su certificado de sello vigente' })
  @ApiOkResponse({ type: InstitutionSettingsModel })
  async get(): Promise<InstitutionSettingsView> {
    return this.view(await this.settings.get());
  }

  @Put('settings')
  @MemberOf('ADMIN_INSTITUCION')
  @ApiOperation({ summary: 'Cambiar nombre, texto legal de firma, días de recordatorio y si se exige la constancia fiscal' })
  @ApiOkResponse({ type: InstitutionSettingsModel })
  @ApiResponse({ status: 400, type: ApiErrorModel, description: 'Campos con problemas, p. ej. reminderOffsets[1] repetido o fuera de 1 a 365' })
  async update(@Body() body: UpdateInstitutionSettingsBody, @CurrentPrincipal() principal: Principal): Promise<InstitutionSettingsView> {
    return this.view(await this.settings.update({ ...body, signingLegalText: body.signingLegalText ?? null }, principal.userId));
  }

  @Get('logo')
  @MemberOf('ADMIN_INSTITUCION')
  @ApiOperation({ summary: 'Logotipo que se imprime en los acuses (PNG)' })
  @ApiProduces('image/png')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  async logo(@Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const png = await this.settings.logo();
    if (!png) throw new NotFoundError('La institución no tiene logotipo.');
    res.setHeader('Cache-Control', 'private, no-store');
    return new StreamableFile(png, { type: 'image/png', length: png.length });
  }

  @Put('logo')
  @MemberOf('ADMIN_INSTITUCION')
  @ApiOperation({ summary: `Registrar el logotipo de los acuses nuevos (PNG de hasta ${MAX_LOGO_BYTES / 1024} KB, campo «${FILE_FIELD}»)` })
  @ApiConsumes('multipart/form-data')
  @ApiBody(fileBody())
  @ApiOkResponse({ type: InstitutionSettingsModel })
  @ApiResponse({ status: 400, type: ApiErrorModel, description: 'No es un PNG o falta el archivo' })
  @ApiResponse({ status: 413, type: ApiErrorModel, description: `Pesa más de ${MAX_LOGO_BYTES / 1024} KB` })
  async setLogo(@Req() req: Request, @Res({ passthrough: true }) res: Response, @CurrentPrincipal() principal: Principal): Promise<InstitutionSettingsView> {
    const { file } = await readUpload(req, res, { maxBytes: MAX_LOGO_BYTES, what: 'el logotipo' });
    return this.view(await this.settings.setLogo(file, principal.userId));
  }

  @Delete('logo')
  @MemberOf('ADMIN_INSTITUCION')
  @ApiOperation({ summary: 'Quitar el logotipo de los acuses nuevos' })
  @ApiOkResponse({ type: InstitutionSettingsModel })
  async removeLogo(@CurrentPrincipal() principal: Principal): Promise<InstitutionSettingsView> {
    return this.view(await this.settings.setLogo(null, principal.userId));
  }

  @Put('certificate')
  @MemberOf('ADMIN_INSTITUCION')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'Importar el certificado de sello (.p12/.pfx con su llave privada)',
    description: `Campos «${FILE_FIELD}» (el .p12, hasta ${MAX_P12_BYTES / 1024} KB) y «${PASSPHRASE_FIELD}». Se guardan cifrados; la contraseña nunca se devuelve.`,
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody(fileBody({ [PASSPHRASE_FIELD]: { type: 'string', format: 'password' } }))
  @ApiOkResponse({ type: InstitutionSettingsModel })
  @ApiResponse({ status: 400, type: ApiErrorModel, description: 'No es un .p12 válido, la contraseña no lo abre o no trae la llave privada' })
  async importCertificate(@Req() req: Request, @Res({ passthrough: true }) res: Response, @CurrentPrincipal() principal: Principal): Promise<InstitutionSettingsView> {
    const { file, fields } = await readUpload(req, res, { maxBytes: MAX_P12_BYTES, what: 'el certificado .p12' });
    const passphrase = fields[PASSPHRASE_FIELD];
    if (!passphrase) throw new ValidationError([{ path: PASSPHRASE_FIELD, message: 'escribe la contraseña del archivo .p12' }], 'Falta la contraseña del certificado.');
    try {
      await this.certificates.importP12(file, passphrase, principal.userId);
    } catch (error) {
      if (!(error instanceof P12Error)) throw error;
      // Only a passphrase known to be wrong is the passphrase's fault; every other problem is the file's.
      const path = error.code === 'wrong_passphrase' ? PASSPHRASE_FIELD : FILE_FIELD;
      throw new ValidationError([{ path, message: error.message }], 'No se pudo importar el certificado.');
    }
    return this.view(await this.settings.get());
  }

  @Get('signing-text')
  @MemberOf()
  @ApiOperation({ summary: 'Texto legal de la institución que la persona declarante lee al firmar' })
  @ApiOkResponse({ type: SigningTextModel })
  async signingText(): Promise<SigningTextView> {
    return { signingLegalText: await this.settings.signingLegalText() };
  }

  private async view(settings: InstitutionSettings): Promise<InstitutionSettingsView> {
    return { ...settings, certificate: toCertificateView(await this.certificates.current()) };
  }
}

function toCertificateView(c: CertificateSummary | null): InstitutionSettingsView['certificate'] {
  if (!c) return null;
  return { ...c, notBefore: c.notBefore.toISOString(), notAfter: c.notAfter.toISOString() };
}
