import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayNotEmpty, IsArray, IsEmail, IsIn, MaxLength } from 'class-validator';
import { INSTITUTION_ROLES, type InstitutionRole } from '@veraz/contracts';

export class CreateInvitationBody {
  @ApiProperty({ example: 'persona@institucion.gob.mx' })
  @IsEmail({}, { message: 'escribe un correo electrónico válido' })
  @MaxLength(254, { message: 'es demasiado largo' })
  email: string;

  @ApiProperty({ enum: INSTITUTION_ROLES, isArray: true, example: ['DECLARANTE'] })
  @IsArray()
  @ArrayNotEmpty({ message: 'elige al menos un rol' })
  @ArrayMaxSize(3, { message: 'hay como máximo 3 roles' })
  @IsIn(INSTITUTION_ROLES, { each: true, message: `cada rol debe ser uno de: ${INSTITUTION_ROLES.join(', ')}` })
  roles: InstitutionRole[];
}
