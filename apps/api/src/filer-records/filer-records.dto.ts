import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsObject, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { NO_CONTROL_CHARACTERS, type AvisoInput } from '@veraz/contracts';

const TEXT = { message: 'debe ser texto' };
const PLAIN = { message: 'no puede contener caracteres de control' };

export class AvisoContactoBody {
  @ApiPropertyOptional({ example: 'maria.lopez@correo.mx', nullable: true }) @IsOptional() @IsString(TEXT) @Matches(NO_CONTROL_CHARACTERS, PLAIN) @MaxLength(254, { message: 'es demasiado largo' }) correoPersonal?: string | null;
  @ApiPropertyOptional({ example: '5512345678', nullable: true }) @IsOptional() @IsString(TEXT) @Matches(NO_CONTROL_CHARACTERS, PLAIN) @MaxLength(20, { message: 'es demasiado largo' }) telefono?: string | null;
}

export class AvisoEncargoNuevoBody {
  @ApiProperty({ example: 'Jefa de departamento de presupuesto' }) @IsDefined({ message: 'es obligatorio' }) @IsString(TEXT) @Matches(NO_CONTROL_CHARACTERS, PLAIN) @MaxLength(200, { message: 'debe tener como máximo 200 caracteres' }) empleoCargoComision: string;
  @ApiProperty({ example: 'Dirección de Finanzas' }) @IsDefined({ message: 'es obligatorio' }) @IsString(TEXT) @Matches(NO_CONTROL_CHARACTERS, PLAIN) @MaxLength(200, { message: 'debe tener como máximo 200 caracteres' }) areaAdscripcion: string;
  @ApiProperty({ example: 'O11' }) @IsDefined({ message: 'es obligatorio' }) @IsString(TEXT) @Matches(NO_CONTROL_CHARACTERS, PLAIN) @MaxLength(100, { message: 'debe tener como máximo 100 caracteres' }) nivelEmpleoCargoComision: string;
  @ApiProperty({ example: '2026-03-02', description: 'Toma de posesión del nuevo encargo (AAAA-MM-DD)' }) @IsDefined({ message: 'es obligatorio' }) @IsString(TEXT) @Matches(NO_CONTROL_CHARACTERS, PLAIN) @MaxLength(10, { message: 'debe ser una fecha AAAA-MM-DD' }) fechaTomaPosesion: string;
}

export class AvisoEncargoAnteriorBody {
  @ApiProperty({ example: 'Secretaría de Movilidad' }) @IsDefined({ message: 'es obligatorio' }) @IsString(TEXT) @Matches(NO_CONTROL_CHARACTERS, PLAIN) @MaxLength(300, { message: 'debe tener como máximo 300 caracteres' }) nombreEntePublico: string;
  @ApiProperty({ example: '2026-02-15', description: 'Conclusión del encargo anterior (AAAA-MM-DD), a lo más 60 días naturales antes de la toma de posesión' })
  @IsDefined({ message: 'es obligatorio' })
  @IsString(TEXT)
  @Matches(NO_CONTROL_CHARACTERS, PLAIN)
  @MaxLength(10, { message: 'debe ser una fecha AAAA-MM-DD' })
  fechaConclusion: string;
}

/** POST /api/avisos-cambio-ente: the aviso and the account password that confirms it. */
export class FileAvisoBody implements AvisoInput {
  @ApiProperty({ description: 'Contraseña actual de la persona declarante (confirma el aviso, como al firmar una declaración)' })
  @IsString(TEXT)
  @MaxLength(256, { message: 'es demasiado larga' })
  password: string;

  @ApiPropertyOptional({ type: AvisoContactoBody })
  @IsOptional()
  @IsObject({ message: 'debe ser un objeto' })
  @ValidateNested()
  @Type(() => AvisoContactoBody)
  contacto: AvisoContactoBody;

  @ApiProperty({ type: AvisoEncargoNuevoBody, description: 'El nuevo encargo en esta institución (el ente público es la institución)' })
  @IsDefined({ message: 'es obligatorio' })
  @IsObject({ message: 'debe ser un objeto' })
  @ValidateNested()
  @Type(() => AvisoEncargoNuevoBody)
  encargoNuevo: AvisoEncargoNuevoBody;

  @ApiProperty({ type: AvisoEncargoAnteriorBody, description: 'El ente público anterior y la fecha de conclusión' })
  @IsDefined({ message: 'es obligatorio' })
  @IsObject({ message: 'debe ser un objeto' })
  @ValidateNested()
  @Type(() => AvisoEncargoAnteriorBody)
  encargoAnterior: AvisoEncargoAnteriorBody;
}

export class FilerRecordsQuery {
  @ApiPropertyOptional({ description: 'Revisión y administración: las de esta persona (id de usuario). La persona declarante solo ve las suyas.' })
  @IsOptional()
  @IsUUID('all', { message: 'debe ser un identificador válido' })
  userId?: string;
}
