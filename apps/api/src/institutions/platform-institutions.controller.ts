import { Body, Controller, Get, Post, Put, Param } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { InvitationsService, type Principal } from '@veraz/accounts';
import { AMBITOS_PUBLICOS, NIVELES_ORDEN_GOBIERNO, NotFoundError, type AmbitoPublico, type InstitutionSummary, type InvitationView, type NivelOrdenGobierno } from '@veraz/contracts';
import { InstitutionsService } from '@veraz/institutions';
import { OperatorOnly } from '../auth/access.decorators';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { ApiErrorModel, InstitutionModel, InvitationModel } from '../http/api-models';
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

const toSummary = (i: InstitutionSummary): InstitutionSummary => ({ id: i.id, slug: i.slug, name: i.name });

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
  @ApiOkResponse({ type: [InstitutionModel] })
  async list(): Promise<InstitutionSummary[]> {
    return (await this.institutions.list()).map(toSummary);
  }

  @Post()
  @OperatorOnly({ institution: 'new' })
  @ApiOperation({ summary: 'Dar de alta una institución', description: 'Queda registrado en la bitácora de la nueva institución, con el operador como autor.' })
  @ApiCreatedResponse({ type: InstitutionModel })
  async create(@Body() body: CreateInstitutionBody, @CurrentPrincipal() principal: Principal): Promise<InstitutionSummary> {
    return toSummary(await this.institutions.create(body, principal.userId));
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
  @ApiOkResponse({ type: InstitutionModel })
  async setS1Shared(@Param('id', uuidPipe) id: string, @Body() body: S1SharedBody, @CurrentPrincipal() principal: Principal): Promise<InstitutionSummary> {
    // Runs in the institution's context (its audit chain); the service answers 404 for an unknown id.
    return toSummary(await this.institutions.setS1Shared(id, body.compartida, principal.userId));
  }

  @Put(':id/ente-publico')
  @OperatorOnly({ institution: 'id' })
  @ApiOperation({
    summary: 'Registrar el orden de gobierno y el ámbito de la institución como ente público',
    description: 'La sección «Datos del empleo, cargo o comisión» de cada declaración nueva parte de estos valores y del nombre de la institución. Queda en la bitácora de la institución.',
  })
  @ApiOkResponse({ type: InstitutionModel })
  @ApiBadRequestResponse({ type: ApiErrorModel, description: 'Un valor que el estándar S1 no define' })
  async setEntePublico(@Param('id', uuidPipe) id: string, @Body() body: EntePublicoBody, @CurrentPrincipal() principal: Principal): Promise<InstitutionSummary> {
    return toSummary(await this.institutions.setEntePublico(id, { nivelOrdenGobierno: body.nivelOrdenGobierno, ambitoPublico: body.ambitoPublico }, principal.userId));
  }
}
