import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

export class LoginBody {
  @ApiProperty({ example: 'persona@institucion.gob.mx' })
  @IsEmail({}, { message: 'escribe un correo electrónico válido' })
  @MaxLength(254, { message: 'es demasiado largo' })
  email: string;

  @ApiProperty()
  @IsString()
  @MinLength(1, { message: 'escribe tu contraseña' })
  @MaxLength(256, { message: 'es demasiado larga' })
  password: string;
}

export class SwitchInstitutionBody {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'debe ser el identificador de una institución' })
  institutionId: string;
}

export class PasswordResetRequestBody {
  @ApiProperty()
  @IsEmail({}, { message: 'escribe un correo electrónico válido' })
  @MaxLength(254, { message: 'es demasiado largo' })
  email: string;
}

export class PasswordResetConfirmBody {
  @ApiProperty({ description: 'Token del enlace recibido por correo' })
  @IsString()
  @MinLength(20, { message: 'el enlace no es válido' })
  @MaxLength(100, { message: 'el enlace no es válido' })
  token: string;

  @ApiProperty({ minLength: 10 })
  @IsString()
  @MaxLength(256, { message: 'es demasiado larga' })
  password: string;
}

export class AcceptInvitationBody {
  @ApiProperty({ description: 'Contraseña nueva (cuenta nueva) o la de tu cuenta existente' })
  @IsString()
  @MaxLength(256, { message: 'es demasiado larga' })
  password: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100, { message: 'es demasiado largo' }) nombre?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100, { message: 'es demasiado largo' }) primerApellido?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100, { message: 'es demasiado largo' }) segundoApellido?: string;
  @ApiPropertyOptional({ example: 'OONF981102MMNRXR03' }) @IsOptional() @IsString() @MaxLength(18, { message: 'debe tener 18 caracteres' }) curp?: string;
  @ApiPropertyOptional({ example: 'OONF981102', description: 'RFC sin homoclave (10 caracteres)' })
  @IsOptional() @IsString() @MaxLength(10, { message: 'debe tener 10 caracteres' }) rfc?: string;
  @ApiPropertyOptional({ example: 'LU1' }) @IsOptional() @IsString() @MaxLength(3, { message: 'debe tener 3 caracteres' }) homoclave?: string;
}
