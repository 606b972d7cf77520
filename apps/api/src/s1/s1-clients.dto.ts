import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import type { S1ClientCreated, S1ClientView } from '@veraz/s1';

export class CreateS1ClientBody {
  @ApiPropertyOptional({ example: 'Plataforma Digital Nacional', description: 'Para reconocer la credencial (máximo 100 caracteres)' })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: 'debe tener como máximo 100 caracteres' })
  label?: string;
}

export class S1ClientModel implements S1ClientView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Plataforma Digital Nacional' }) label: string;
  @ApiProperty({ example: 'https://declaraciones.ejemplo.gob.mx/s1/sefin-jalisco/oauth/token' }) token_url: string;
  @ApiProperty({ example: 'https://declaraciones.ejemplo.gob.mx/s1/sefin-jalisco/v2/declaraciones' }) url: string;
  @ApiProperty({ example: 'sefin-jalisco-8Yq2u0LrJk3vTfA9cWzB' }) client_id: string;
  @ApiProperty({ example: 'pdn-r7T2kQ9xLm4B' }) username: string;
  @ApiProperty({ format: 'date-time' }) created_at: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String, description: 'Última vez que obtuvo un token (precisión de un minuto)' })
  last_used_at: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) revoked_at: string | null;
}

export class S1ClientCreatedModel implements S1ClientCreated {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() label: string;
  @ApiProperty({ description: 'token_url que se registra en la PDN' }) token_url: string;
  @ApiProperty({ description: 'url que se registra en la PDN' }) url: string;
  @ApiProperty() client_id: string;
  @ApiProperty({ description: 'Se muestra solo esta vez' }) client_secret: string;
  @ApiProperty() username: string;
  @ApiProperty({ description: 'Se muestra solo esta vez' }) password: string;
}
