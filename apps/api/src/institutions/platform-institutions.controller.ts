import { Body, Controller, Get, Post, Put, Param } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsString, Matches, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { InvitationsService, type Principal } from '@veraz/accounts';
import { AMBITOS_PUBLICOS, NIVELES_ORDEN_GOBIERNO, NotFoundError, type AmbitoPublico, type InvitationView, type NivelOrdenGobierno, type PlatformInstitution } from '@veraz/contracts';
import { InstitutionsService } from '@veraz/institutions';
import { OperatorOnly } from '../auth/access.decorators';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { ApiErrorModel, InvitationModel, PlatformInstitutionModel } from '../http/api-models';
import { uuidPipe } from '../http/uuid.pipe';
import { CreateInvitationBody } from '../invitations/invitations.dto';

export class CreateInstitutionBody {
  @ApiProperty({ example: 'sefin-jalisco', description: 'Identificador corto en la URL (minúsculas, números y guiones)' })
  @IsString()
  @Matches(/^[a-z0-9]([a-z0-9-]{0,38}[a-z0-9])?$/, { message: 'solo minúsculas, números y guiones (2 a 40 caracteres)' })
  slug: string;

  @ApiProperty({ example: 'Secretaría de la Hacienda Pública del Estado de Jalisco' })
  @IsString()
  @MinLength(3, { message: 'debe tener al menos 3 caracteres' })
  @MaxLength(200, { message: 'debe tener como máximo 200 caracteres' })
  name: string;

  // Optional at creation, but both or neither: half an ente público would prefill half a section.
  @ApiPropertyOptional({ enum: NIVELES_ORDEN_GOBIERNO, description: 'nivelOrdenGobierno del estándar S1; si se envía, también ambitoPublico' })
  @ValidateIf((b: CreateInstitutionBody) => b.nivelOrdenGobierno != null || b.ambitoPublico != null)
  @IsIn(NIVELES_ORDEN_GOBIERNO, { message: `debe ser uno de ${NIVELES_ORDEN_GOBIERNO.join(', ')}` })
  nivelOrdenGobierno?: NivelOrdenGobierno;

  @ApiPropertyOptional({ enum: AMBITOS_PUBLICOS, description: 'ambitoPublico del estándar S1; si se envía, también nivelOrdenGobierno' })
  @ValidateIf((b: CreateInstitutionBody) => b.nivelOrdenGobierno != null || b.ambitoPublico != null)
  @IsIn(AMBITOS_PUBLICOS, { message: `debe ser uno de ${AMBITOS_PUBLICOS.join(', ')}` })
  ambitoPublico?: AmbitoPublico;
}

export class S1SharedBody {
  @ApiProperty({ description: 'true: sus declaraciones públicas también se sirven en el punto S1 compartido de la plataforma' })
  @IsBoolean({ message: 'debe ser verdadero o falso' })
  compartida: boolean;
}

export class EntePublicoBody {
  @ApiProperty({ enum: NIVELES_ORDEN_GOBIERNO, description: 'nivelOrdenGobierno del estándar S1' })
  @IsIn(NIVELES_ORDEN_GOBIERNO, { message: `debe ser uno de ${NIVELES_ORDEN_GOBIERNO.join(', ')}` })
  nivelOrdenGobierno: NivelOrdenGobierno;

  @ApiProperty({ enum: AMBITOS_PUBLICOS, description: 'ambitoPublico del estándar S1' })
  @IsIn(AMBITOS_PUBLICOS, { message: `debe ser uno de ${AMBITOS_PUBLICOS.join(', ')}` })
  ambitoPublico: AmbitoPublico;
}

const toView = (i: PlatformInstitution): PlatformInstitution => ({
  id: i.id,
  slug: i.slug,
  name: i.name,
  nivelOrdenGobierno: i.nivelOrdenGobierno,
  ambitoPublico: i.ambitoPublico,
});

/**
 * Operators onboard institutions; they never read an institution's declarations nor join one.
 * Each action here is written to the audit chain of the institution it touches.
 */
@ApiTags('Plataforma')
@Controller('api/platform/institutions')
export class PlatformInstitutionsController {
  constructor(
    private readonly institutions: InstitutionsService,
    private readonly invitations: InvitationsService,
  ) {}

  @Get()
  @OperatorOnly()
  @ApiOperation({ summary: 'Instituciones de la plataforma' })
  @ApiOkResponse({ type: [PlatformInstitutionModel] })
  async list(): Promise<PlatformInstitution[]> {
    return (await this.institutions.list()).map(toView);
  }

  @Post()
  @OperatorOnly({ institution: 'new' })
  @ApiOperation({
    summary: 'Dar de alta una institución',
    description: 'Con su orden de gobierno y ámbito de ente público, si ya se conocen. Queda registrado en la bitácora de la nueva institución, con el operador como autor.',
  })
  @ApiCreatedResponse({ type: PlatformInstitutionModel })
  async create(@Body() body: CreateInstitutionBody, @CurrentPrincipal() principal: Principal): Promise<PlatformInstitution> {
    const { slug, name, nivelOrdenGobierno, ambitoPublico } = body;
    const entePublico = nivelOrdenGobierno && ambitoPublico ? { nivelOrdenGobierno, ambitoPublico } : undefined;
    return toView(await this.institutions.create({ slug, name, entePublico }, principal.userId));
  }

  @Post(':id/invitations')
  @OperatorOnly({ institution: 'id' })
  @ApiOperation({
    summary: 'Invitar a la primera persona administradora (u otra) de una institución',
    description:
      'El enlace se envía solo por correo a la persona invitada; la respuesta no lo incluye. No se puede invitar al correo de una cuenta de operador (409). Queda en la bitácora de la institución.',
  })
  @ApiCreatedResponse({ type: InvitationModel })
  @ApiConflictResponse({ type: ApiErrorModel, description: 'El correo es de un operador, ya es miembro o ya tiene una invitación pendiente' })
  async invite(
    @Param('id', uuidPipe) id: string,
    @Body() body: CreateInvitationBody,
    @CurrentPrincipal() principal: Principal,
  ): Promise<InvitationView> {
    // The invitation belongs to the institution, so the request runner opened that institution's context.
    if (!(await this.institutions.findById(id))) throw new NotFoundError('No se encontró la institución.');
    return this.invitations.create(body, principal.userId, { byOperator: true });
  }

  @Put(':id/s1-shared')
  @OperatorOnly({ institution: 'id' })
  @ApiOperation({ summary: 'Sumar (o retirar) una institución del punto S1 compartido de la plataforma (POST /s1/v2/declaraciones)' })
  @ApiOkResponse({ type: PlatformInstitutionModel })
  async setS1Shared(@Param('id', uuidPipe) id: string, @Body() body: S1SharedBody, @CurrentPrincipal() principal: Principal): Promise<PlatformInstitution> {
    // Runs in the institution's context (its audit chain); the service answers 404 for an unknown id.
    return toView(await this.institutions.setS1Shared(id, body.compartida, principal.userId));
  }

  @Put(':id/ente-publico')
  @OperatorOnly({ institution: 'id' })
  @ApiOperation({
    summary: 'Registrar el orden de gobierno y el ámbito de la institución como ente público',
    description: 'La sección «Datos del empleo, cargo o comisión» de cada declaración nueva parte de estos valores y del nombre de la institución. Queda en la bitácora de la institución.',
  })
  @ApiOkResponse({ type: PlatformInstitutionModel })
  @ApiBadRequestResponse({ type: ApiErrorModel, description: 'Un valor que el estándar S1 no define' })
  async setEntePublico(@Param('id', uuidPipe) id: string, @Body() body: EntePublicoBody, @CurrentPrincipal() principal: Principal): Promise<PlatformInstitution> {
    return toView(await this.institutions.setEntePublico(id, { nivelOrdenGobierno: body.nivelOrdenGobierno, ambitoPublico: body.ambitoPublico }, principal.userId));
  }
}
