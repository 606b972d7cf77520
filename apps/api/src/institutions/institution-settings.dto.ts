import { ApiProperty } from '@nestjs/swagger';
import { IsArray, IsBoolean, IsInt, IsOptional, IsString } from 'class-validator';
import {
  MAX_REMINDER_OFFSETS,
  REMINDER_OFFSET_RANGE,
  SIGNING_LEGAL_TEXT_MAX,
  type CertificateView,
  type InstitutionSettingsView,
  type SigningTextView,
  type UpdateInstitutionSettingsRequest,
} from '@veraz/contracts';

// Types only here: lengths, ranges and repeated days are checked by InstitutionSettingsService with indexed paths.
export class UpdateInstitutionSettingsBody implements UpdateInstitutionSettingsRequest {
  @ApiProperty({ example: 'Secretaría de la Hacienda Pública', minLength: 3, maxLength: 200 })
  @IsString()
  name: string;

  @ApiProperty({ nullable: true, type: String, maxLength: SIGNING_LEGAL_TEXT_MAX, description: 'Texto legal que la persona declarante lee al firmar; null para no mostrar ninguno' })
  @IsOptional()
  @IsString()
  signingLegalText: string | null;

  @ApiProperty({
    type: [Number],
    example: [30, 7, 1],
    maxItems: MAX_REMINDER_OFFSETS,
    description: `Días antes del vencimiento en que se envía un recordatorio (enteros distintos de ${REMINDER_OFFSET_RANGE.min} a ${REMINDER_OFFSET_RANGE.max})`,
  })
  @IsArray()
  @IsInt({ each: true, message: 'cada día debe ser un número entero' })
  reminderOffsets: number[];

  @ApiProperty({ description: 'Si la constancia de presentación de la declaración fiscal es una obligación más por persona y año' })
  @IsBoolean()
  requiresTaxConstancia: boolean;
}

export class CertificateModel implements CertificateView {
  @ApiProperty({ example: 'SECRETARIA DE LA HACIENDA PUBLICA' }) commonName: string;
  @ApiProperty({ nullable: true, type: String }) organization: string | null;
  @ApiProperty({ format: 'date-time' }) notBefore: string;
  @ApiProperty({ format: 'date-time' }) notAfter: string;
  @ApiProperty({ example: '3F:A1:…', description: 'Huella SHA-256 del certificado' }) fingerprintSha256: string;
  @ApiProperty({ description: 'Certificado de prueba que Veraz crea mientras la institución no importa el suyo' }) selfSigned: boolean;
}

export class InstitutionSettingsModel implements InstitutionSettingsView {
  @ApiProperty({ example: 'sefin-jalisco' }) slug: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'Si tiene logotipo para los acuses (GET /api/institution/logo)' }) hasLogo: boolean;
  @ApiProperty({ nullable: true, type: String }) signingLegalText: string | null;
  @ApiProperty({ type: [Number], example: [30, 7, 1] }) reminderOffsets: number[];
  @ApiProperty() requiresTaxConstancia: boolean;
  @ApiProperty({ type: CertificateModel, nullable: true, description: 'Certificado de sello vigente; nunca incluye la contraseña ni la llave' })
  certificate: CertificateView | null;
}

export class SigningTextModel implements SigningTextView {
  @ApiProperty({ nullable: true, type: String, description: 'Texto legal de la institución; null si no definió uno' })
  signingLegalText: string | null;
}
