import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayNotEmpty, IsArray, IsIn } from 'class-validator';
import { MembersService, type Principal } from '@veraz/accounts';
import { EmploymentLevelService } from '@veraz/declarations';
import { INSTITUTION_ROLES, type InstitutionRole, type MemberView, type Page } from '@veraz/contracts';
import { MemberOf } from '../auth/access.decorators';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { EmploymentLevelBody } from '../declarations/declarations.dto';
import { ApiErrorModel, MemberModel, MemberPageModel } from '../http/api-models';
import { PageQuery } from '../http/pagination.query';
import { uuidPipe } from '../http/uuid.pipe';

export class ChangeRolesBody {
  @ApiProperty({ enum: INSTITUTION_ROLES, isArray: true })
  @IsArray()
  @ArrayNotEmpty({ message: 'elige al menos un rol' })
  @ArrayMaxSize(3, { message: 'hay como máximo 3 roles' })
  @IsIn(INSTITUTION_ROLES, { each: true, message: `cada rol debe ser uno de: ${INSTITUTION_ROLES.join(', ')}` })
  roles: InstitutionRole[];
}

@ApiTags('Miembros')
@Controller('api/members')
export class MembersController {
  constructor(
    private readonly members: MembersService,
    private readonly levels: EmploymentLevelService,
  ) {}

  @Get()
  @MemberOf('ADMIN_INSTITUCION')
  @ApiOperation({ summary: 'Miembros de la institución con sus roles' })
  @ApiOkResponse({ type: MemberPageModel })
  list(@Query() page: PageQuery): Promise<Page<MemberView>> {
    return this.members.list(page);
  }

  @Get(':id')
  @MemberOf('ADMIN_INSTITUCION')
  @ApiOperation({ summary: 'Un miembro de la institución' })
  @ApiOkResponse({ type: MemberModel })
  get(@Param('id', uuidPipe) id: string): Promise<MemberView> {
    return this.members.get(id);
  }

  @Patch(':id')
  @MemberOf('ADMIN_INSTITUCION')
  @ApiOperation({ summary: 'Cambiar los roles de un miembro' })
  @ApiOkResponse({ type: MemberModel })
  changeRoles(@Param('id', uuidPipe) id: string, @Body() body: ChangeRolesBody, @CurrentPrincipal() principal: Principal): Promise<MemberView> {
    return this.members.changeRoles(id, body.roles, principal.userId);
  }

  @Put(':id/employment-level')
  @MemberOf('ADMIN_INSTITUCION')
  @ApiOperation({
    summary: 'Registrar el nivel de empleo de un miembro',
    description: 'Define si sus declaraciones son completas (jefe de departamento o superior) o simplificadas; la persona declarante no lo elige.',
  })
  @ApiOkResponse({ type: MemberModel })
  async setEmploymentLevel(@Param('id', uuidPipe) id: string, @Body() body: EmploymentLevelBody, @CurrentPrincipal() principal: Principal): Promise<MemberView> {
    await this.levels.set(principal.userId, id, body.employmentLevel);
    return this.members.get(id);
  }

  @Post(':id/deactivate')
  @MemberOf('ADMIN_INSTITUCION')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Desactivar a un miembro',
    description: 'Ya no puede ingresar ni actuar en la institución (su siguiente solicitud se rechaza); conserva sus declaraciones. No se puede desactivar a uno mismo ni al último administrador activo.',
  })
  @ApiOkResponse({ type: MemberModel })
  @ApiConflictResponse({ type: ApiErrorModel, description: 'Es la propia cuenta o el último administrador activo' })
  deactivate(@Param('id', uuidPipe) id: string, @CurrentPrincipal() principal: Principal): Promise<MemberView> {
    return this.members.deactivate(id, principal.userId);
  }

  @Post(':id/reactivate')
  @MemberOf('ADMIN_INSTITUCION')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reactivar a un miembro desactivado, con los roles que tenía' })
  @ApiOkResponse({ type: MemberModel })
  reactivate(@Param('id', uuidPipe) id: string, @CurrentPrincipal() principal: Principal): Promise<MemberView> {
    return this.members.reactivate(id, principal.userId);
  }
}
