import { Body, Controller, Get, Headers, Param, Post, Put, Res, UseGuards } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { RateLimitGuard } from '../http/rate-limit.guard';
import type { Response } from 'express';
import type { Principal } from '@veraz/accounts';
import type { DeclarationChanges, DeclarationSummary, DeclarationView, FilerObligationsView, FilingView, SaveSectionResult, SelfCheckView, StartReadiness } from '@veraz/contracts';
import { DraftsService, SelfCheckService, SigningService } from '@veraz/declarations';
import { ObligationsService } from '@veraz/obligations';
import { MemberOf } from '../auth/access.decorators';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { ApiErrorModel } from '../http/api-models';
import { uuidPipe } from '../http/uuid.pipe';
import { DeclarationChangesModel, DeclarationModel, DeclarationSummaryModel, FilingModel, SaveSectionResultModel, StartReadinessModel } from './declaration-models';
import { FilerObligationsModel } from './obligation-models';
import { SignDeclarationBody, StartDeclarationBody } from './declarations.dto';
import { SigningPasswordGuard } from './signing-password.guard';
import { etagOf, expectedVersion } from './if-match';
import { SECTION_EXAMPLES } from './section-examples';
import { SelfCheckModel } from '../integrity/self-check-models';

@ApiTags('Declaraciones (captura)')
@Controller('api/declarations')
export class DeclarationsController {
  constructor(
    private readonly drafts: DraftsService,
    private readonly signing: SigningService,
    private readonly obligations: ObligationsService,
    private readonly selfCheck: SelfCheckService,
  ) {}

  @Get()
  @MemberOf('DECLARANTE')
  @ApiOperation({ summary: 'Mis declaraciones (borradores y presentadas)' })
  @ApiOkResponse({ type: [DeclarationSummaryModel] })
  list(@CurrentPrincipal() p: Principal): Promise<DeclarationSummary[]> {
    return this.drafts.list(p.userId);
  }

  // Declared before ':id' so the router does not read «readiness» as an id.
  @Get('readiness')
  @MemberOf('DECLARANTE')
  @ApiOperation({ summary: 'Si puedo iniciar una declaración y, si no, por qué (p. ej. falta mi nivel de empleo)' })
  @ApiOkResponse({ type: StartReadinessModel })
  readiness(@CurrentPrincipal() p: Principal): Promise<StartReadiness> {
    return this.drafts.readiness(p.userId);
  }

  @Get('obligations')
  @MemberOf('DECLARANTE')
  @ApiOperation({
    summary: 'Mis obligaciones de declarar en esta institución, con su plazo y estado',
    description:
      'Derivadas del padrón de la institución y de lo presentado (Normas, Cuarta y Séptima): primero las omisas, luego las ' +
      'pendientes y al final las presentadas, cada grupo por fecha límite. onRoster es false si la cuenta no está en el padrón.',
  })
  @ApiOkResponse({ type: FilerObligationsModel })
  myObligations(@CurrentPrincipal() p: Principal): Promise<FilerObligationsView> {
    return this.obligations.ofFiler(p.userId);
  }

  @Post()
  @MemberOf('DECLARANTE')
  @ApiOperation({
    summary: 'Iniciar una declaración',
    description:
      'El formato (completo o simplificado) lo define el nivel de empleo registrado por la institución. Si ya hay un borrador ' +
      'del mismo periodo se devuelve ese (200). Por omisión parte de la última declaración presentada.',
  })
  @ApiCreatedResponse({ type: DeclarationModel })
  @ApiOkResponse({ type: DeclarationModel, description: 'Ya existía un borrador para ese periodo' })
  @ApiResponse({ status: 409, type: ApiErrorModel, description: 'Nivel de empleo no registrado' })
  async start(@CurrentPrincipal() p: Principal, @Body() body: StartDeclarationBody, @Res({ passthrough: true }) res: Response): Promise<DeclarationView> {
    const { declaration, created } = await this.drafts.start(p.userId, body);
    res.status(created ? 201 : 200);
    return declaration;
  }

  @Get(':id')
  @MemberOf('DECLARANTE')
  @ApiOperation({ summary: 'Una declaración propia con sus secciones, estado y avance' })
  @ApiOkResponse({ type: DeclarationModel })
  get(@CurrentPrincipal() p: Principal, @Param('id', uuidPipe) id: string): Promise<DeclarationView> {
    return this.drafts.get(p.userId, id);
  }

  @Put(':id/sections/:section')
  @MemberOf('DECLARANTE')
  @ApiOperation({
    summary: 'Guardar una sección (autoguardado)',
    description:
      'El cuerpo es el objeto de la sección tal como lo define el estándar S1 v2 para el tipo de la declaración. Se valida contra ' +
      'el esquema oficial de la sección (tipos, catálogos, formatos) y con los límites de captura de ' +
      'standards/formulario/limites.json (longitud máxima de cada texto, rango de cada monto, moneda ISO 4217); un número ' +
      'no finito (1e400) se rechaza en cualquier parte del cuerpo. Los campos faltantes no impiden guardar, pero dejan la ' +
      'sección «en captura». En ingresos y actividadAnualAnterior el servidor calcula y guarda los totales automáticos ' +
      '(remuneracionTotal de cada rubro, II, A y C) a partir de los montos capturados. Requiere If-Match con la versión vista; una versión vieja recibe 409.',
  })
  @ApiHeader({ name: 'If-Match', required: true, description: 'Versión de la sección que se editó ("0" si es nueva)', example: '"0"' })
  @ApiBody({ schema: { type: 'object', additionalProperties: true }, examples: SECTION_EXAMPLES })
  @ApiOkResponse({ type: SaveSectionResultModel })
  @ApiResponse({ status: 400, type: ApiErrorModel, description: 'Datos inválidos o fuera de límite, con la ruta de cada campo; no se guarda nada' })
  @ApiResponse({ status: 409, type: ApiErrorModel, description: 'La sección cambió desde que se leyó, o la declaración ya se presentó' })
  @ApiResponse({ status: 428, type: ApiErrorModel, description: 'Falta If-Match' })
  async saveSection(
    @CurrentPrincipal() p: Principal,
    @Param('id', uuidPipe) id: string,
    @Param('section') section: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() payload: unknown,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SaveSectionResult> {
    const result = await this.drafts.saveSection(p.userId, id, section, payload, expectedVersion(ifMatch));
    res.setHeader('ETag', etagOf(result.section.version));
    return result;
  }

  @Get(':id/changes')
  @MemberOf('DECLARANTE')
  @ApiOperation({ summary: 'Qué cambió, por sección, respecto de la declaración de la que partió' })
  @ApiOkResponse({ type: DeclarationChangesModel })
  changes(@CurrentPrincipal() p: Principal, @Param('id', uuidPipe) id: string): Promise<DeclarationChanges> {
    return this.drafts.changes(p.userId, id);
  }

  @Get(':id/self-check')
  @MemberOf('DECLARANTE')
  @ApiOperation({
    summary: 'Revisión antes de firmar: avisos de calidad de datos y de bienes que no concilian con la declaración anterior',
    description:
      'Solo sobre el borrador propio (404 para cualquier otro), tal como se firmaría, comparado con la última declaración presentada. ' +
      'Cada aviso es una ayuda, con la sección y el campo a revisar; ninguno impide firmar, y lo que esté correcto puede explicarse en aclaraciones.',
  })
  @ApiOkResponse({ type: SelfCheckModel })
  @ApiResponse({ status: 409, type: ApiErrorModel, description: 'La declaración ya fue presentada' })
  check(@CurrentPrincipal() p: Principal, @Param('id', uuidPipe) id: string): Promise<SelfCheckView> {
    return this.selfCheck.check(p.userId, id);
  }

  @Post(':id/sign')
  @MemberOf('DECLARANTE')
  @UseGuards(RateLimitGuard, SigningPasswordGuard)
  @ApiOperation({
    summary: 'Firmar y presentar',
    description:
      'Pide de nuevo la contraseña y la aceptación de la protesta de decir verdad. Valida la declaración completa contra el OAS ' +
      'oficial de su tipo y las reglas de negocio; si algo falta responde 422 con cada sección y campo. Crea una presentación ' +
      'inmutable con folio, hora del servidor y SHA-256 del JSON canónico (RFC 8785). Repetir la firma devuelve la misma (200).',
  })
  @ApiCreatedResponse({ type: FilingModel })
  @ApiOkResponse({ type: FilingModel, description: 'Ya estaba presentada: la misma presentación' })
  @ApiResponse({ status: 403, type: ApiErrorModel, description: 'Contraseña incorrecta' })
  @ApiResponse({ status: 429, type: ApiErrorModel, description: 'Demasiados intentos (mismo bloqueo que el inicio de sesión)' })
  @ApiResponse({ status: 422, type: ApiErrorModel, description: 'Secciones faltantes o inválidas' })
  async sign(@CurrentPrincipal() p: Principal, @Param('id', uuidPipe) id: string, @Body() body: SignDeclarationBody, @Res({ passthrough: true }) res: Response): Promise<FilingView> {
    const { created, view } = await this.signing.sign(p.userId, id, body);
    res.status(created ? 201 : 200);
    return view;
  }
}
