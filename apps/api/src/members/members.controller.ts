import { Body, Controller, Get, Param, Patch, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayNotEmpty, IsArray, IsIn } from 'class-validator';
import { MembersService, type Principal } from '@veraz/accounts';
import { INSTITUTION_ROLES, type InstitutionRole, type MemberView, type Page } from '@veraz/contracts';
import { MemberOf } from '../auth/access.decorators';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { MemberModel, MemberPageModel } from '../http/api-models';
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
  constructor(private readonly members: MembersService) {}

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
}
