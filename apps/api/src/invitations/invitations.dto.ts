import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayNotEmpty, IsArray, IsEmail, IsIn, IsOptional, MaxLength } from 'class-validator';
import { EMPLOYMENT_LEVELS, INSTITUTION_ROLES, type EmploymentLevel, type InstitutionRole } from '@veraz/contracts';

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

  @ApiPropertyOptional({
    enum: EMPLOYMENT_LEVELS,
    nullable: true,
    description: 'Nivel de empleo de quien declara (solo con el rol DECLARANTE): queda en su membresía al aceptar, para que pueda iniciar su declaración sin esperar.',
  })
  @IsOptional()
  @IsIn(EMPLOYMENT_LEVELS, { message: `debe ser uno de: ${EMPLOYMENT_LEVELS.join(', ')}` })
  employmentLevel?: EmploymentLevel | null;
}
