import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { AuditAnchorVerification, DocumentKind, DocumentoVerificado, DocumentSummary, EfirmaVerification, FolioVerification, PdfVerification } from '@veraz/documents';
import { EfirmaAuthorityModel } from '../declarations/declaration-models';

// OpenAPI descriptions of the documents and verification answers; `implements` keeps them from drifting.

export const DOCUMENT_KIND_VALUES: DocumentKind[] = ['acuse', 'completa', 'publica'];

export class DocumentSummaryModel implements DocumentSummary {
  @ApiProperty({ enum: DOCUMENT_KIND_VALUES, description: 'acuse sellado, declaración completa (privada) o versión pública' }) kind: DocumentKind;
  @ApiProperty({ description: 'SHA-256 del archivo guardado', example: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' }) sha256: string;
  @ApiProperty({ description: 'Tamaño en bytes' }) size: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class HashCheckModel {
  @ApiProperty({ description: 'La huella recibida, normalizada a minúsculas' }) dado: string;
  @ApiProperty({ description: 'Si es la huella SHA-256 de la declaración presentada con ese folio' }) coincide: boolean;
}

export class EfirmaVerificationModel implements EfirmaVerification {
  @ApiProperty({ type: () => EfirmaAuthorityModel }) autoridad: EfirmaVerification['autoridad'];
}

export class AuditAnchorModel implements AuditAnchorVerification {
  @ApiProperty({ description: 'Número de la entrada de la bitácora de la institución que registró la presentación (impreso en el acuse)', example: 1234 }) entrada: number;
  @ApiProperty({ description: 'Hash (HMAC-SHA256) de esa entrada, impreso en el acuse', example: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' }) hash: string;
  @ApiProperty({ description: 'Si la bitácora de la institución conserva hoy esa entrada con ese hash; falso: fue borrada o reescrita' }) conservada: boolean;
}

const ANCLA = {
  type: () => AuditAnchorModel,
  nullable: true,
  description: 'Ancla de la bitácora impresa en el acuse; null para declaraciones sin ella (cargas de datos generados)',
};

const EFIRMA = {
  type: () => EfirmaVerificationModel,
  nullable: true,
  description: 'e.firma de la persona declarante: si su certificado lo emitió una autoridad registrada por la institución; null si no firmó con e.firma',
};

export class FolioVerificationModel implements FolioVerification {
  @ApiProperty({ description: 'Si existe una declaración presentada con ese folio' }) existe: boolean;
  @ApiProperty({ example: 'SEFIN-2026-000123' }) folio: string;
  @ApiPropertyOptional({ enum: ['REQUERIMIENTO', 'AVISO'], description: 'REQUERIMIENTO cuando el folio o el archivo es un requerimiento del OIC, AVISO cuando es el acuse de un aviso por cambio de ente público; ausente para una declaración (en un requerimiento, `tipo` dice la obligación omitida y `fechaPresentacion` la fecha de emisión; nunca a quién se dirige)' }) documento?: DocumentoVerificado;
  @ApiPropertyOptional({ example: 'Secretaría de la Hacienda Pública' }) institucion?: string;
  @ApiPropertyOptional({ example: 'MODIFICACIÓN' }) tipo?: string;
  @ApiPropertyOptional({ description: 'Formato completo (true) o simplificado (false)' }) declaracionCompleta?: boolean;
  @ApiPropertyOptional({ format: 'date-time' }) fechaPresentacion?: string;
  @ApiPropertyOptional({ description: 'Versión (mayor que 1: nota aclaratoria)' }) version?: number;
  @ApiPropertyOptional({ description: 'Falso si una nota aclaratoria posterior la sustituyó' }) vigente?: boolean;
  @ApiPropertyOptional({ type: HashCheckModel, description: 'Solo con ?hash=' }) hash?: { dado: string; coincide: boolean };
  @ApiPropertyOptional(EFIRMA) efirma?: EfirmaVerification | null;
  @ApiPropertyOptional({
    type: Boolean,
    nullable: true,
    description: 'El acuse se selló con el certificado de prueba autofirmado (la institución aún no registraba su certificado oficial); null si aún no hay acuse',
  })
  selloDePrueba?: boolean | null;
  @ApiPropertyOptional(ANCLA) anclaBitacora?: AuditAnchorVerification | null;
}

export class PdfVerificationModel implements PdfVerification {
  @ApiPropertyOptional({ enum: ['REQUERIMIENTO', 'AVISO'], description: 'REQUERIMIENTO cuando el folio o el archivo es un requerimiento del OIC, AVISO cuando es el acuse de un aviso por cambio de ente público; ausente para una declaración (en un requerimiento, `tipo` dice la obligación omitida y `fechaPresentacion` la fecha de emisión; nunca a quién se dirige)' }) documento?: DocumentoVerificado;
  @ApiProperty({ description: 'El archivo tiene una firma PDF' }) firmado: boolean;
  @ApiProperty({ description: 'El sello digital es válido y cubre todo el archivo' }) firmaValida: boolean;
  @ApiProperty({ description: 'El sello cubre todo el archivo (no se agregó nada después de sellar)' }) documentoCompleto: boolean;
  @ApiProperty({ nullable: true, type: String, description: 'Nombre del certificado que selló (la institución)' }) firmante: string | null;
  @ApiProperty({ description: 'El archivo es idéntico a un acuse emitido y guardado por Veraz' }) registrado: boolean;
  @ApiPropertyOptional() folio?: string;
  @ApiPropertyOptional() institucion?: string;
  @ApiPropertyOptional() tipo?: string;
  @ApiPropertyOptional({ format: 'date-time' }) fechaPresentacion?: string;
  @ApiPropertyOptional({ description: 'Falso si una nota aclaratoria posterior sustituyó la declaración' }) vigente?: boolean;
  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String, description: 'Hora del sello' }) fechaFirma?: string | null;
  @ApiProperty({ description: 'SHA-256 del archivo recibido' }) sha256: string;
  @ApiProperty({ description: 'Qué significa el resultado, en español' }) explicacion: string;
  @ApiPropertyOptional(EFIRMA) efirma?: EfirmaVerification | null;
  @ApiProperty({
    type: Boolean,
    nullable: true,
    description: 'El sello lo hizo el certificado de prueba autofirmado de la institución: prueba la integridad del archivo, no la identidad de la institución; null si el archivo no es un acuse registrado',
  })
  selloDePrueba: boolean | null;
  @ApiPropertyOptional(ANCLA) anclaBitacora?: AuditAnchorVerification | null;
}
