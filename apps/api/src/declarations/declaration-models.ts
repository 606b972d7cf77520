import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type FilingConstanciaView,
  DECLARATION_TIPOS,
  EFIRMA_AUTORIDAD_ESTADOS,
  EMPLOYMENT_LEVELS,
  type EmploymentLevel,
  type EfirmaAuthorityView,
  type DeclarationChanges,
  type DeclarationStatus,
  type DeclarationSummary,
  type DeclarationTipo,
  type DeclarationView,
  type FilingEfirmaView,
  type FilingSummary,
  type FilingView,
  type SaveSectionResult,
  type SectionChange,
  type SectionView,
  type StartReadiness,
} from '@veraz/contracts';
import { SectionModel } from './declarations.dto';

// OpenAPI descriptions of the declaration contract types; `implements` keeps them in step.

export class DeclarationSummaryModel implements DeclarationSummary {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: DECLARATION_TIPOS }) tipo: DeclarationTipo;
  @ApiProperty() actualizacionConflictoInteres: boolean;
  @ApiProperty({ description: 'true = completa; false = simplificada' }) declaracionCompleta: boolean;
  @ApiProperty({ enum: ['BORRADOR', 'PRESENTADA'] }) status: DeclarationStatus;
  @ApiProperty({ format: 'date', nullable: true }) fechaTomaPosesion: string | null;
  @ApiProperty({ nullable: true }) anioReportado: number | null;
  @ApiProperty({ format: 'date', nullable: true }) fechaConclusion: string | null;
  @ApiProperty({ description: 'Porcentaje de secciones completas', example: 40 }) progress: number;
  @ApiProperty({ format: 'uuid', nullable: true }) prefilledFromFilingId: string | null;
  @ApiProperty({ format: 'uuid', nullable: true }) correctsFilingId: string | null;
  @ApiProperty({ format: 'uuid', nullable: true }) filingId: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class DeclarationModel extends DeclarationSummaryModel implements DeclarationView {
  @ApiProperty({ type: [SectionModel] }) sections: SectionView[];
}

export class SaveSectionResultModel implements SaveSectionResult {
  @ApiProperty({ type: SectionModel }) section: SectionView;
  @ApiProperty() progress: number;
}

class ItemChangesModel {
  @ApiProperty() added: number;
  @ApiProperty() removed: number;
  @ApiProperty() unchanged: number;
}

export class SectionChangeModel implements SectionChange {
  @ApiProperty({ example: 'bienesInmuebles' }) section: string;
  @ApiProperty({ enum: ['NUEVA', 'SIN_CAMBIOS', 'MODIFICADA', 'VACIA'] }) change: SectionChange['change'];
  @ApiPropertyOptional({ type: ItemChangesModel, description: 'Un elemento modificado cuenta como quitado y agregado' }) items?: SectionChange['items'];
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'La sección como se copió de la declaración anterior (sin las bajas ya reportadas): la referencia contra la que se calcula el tipoOperacion de cada elemento',
  })
  previous?: SectionChange['previous'];
}

export class DeclarationChangesModel implements DeclarationChanges {
  @ApiProperty({ format: 'uuid' }) filingId: string;
  @ApiProperty({ example: 'DEMO-2026-000001' }) folio: string;
  @ApiProperty({ type: [SectionChangeModel] }) sections: SectionChange[];
}

export class FilerModel {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() nombreCompleto: string;
}

class FilingVersionModel {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() folio: string;
  @ApiProperty() version: number;
  @ApiProperty({ format: 'date-time' }) filedAt: string;
}

export class FilingSummaryModel implements FilingSummary {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'DEMO-2026-000123' }) folio: string;
  @ApiProperty({ description: 'id de la declaración en S1 (igual en todas sus versiones)', example: '88103ee903fd090e97ed62f6' }) s1Id: string;
  @ApiProperty() version: number;
  @ApiProperty({ description: 'false si una nota aclaratoria la sustituyó' }) isLatest: boolean;
  @ApiProperty({ enum: DECLARATION_TIPOS }) tipo: DeclarationTipo;
  @ApiProperty() declaracionCompleta: boolean;
  @ApiProperty() actualizacionConflictoInteres: boolean;
  @ApiProperty({ format: 'date-time' }) filedAt: string;
  @ApiProperty({ description: 'SHA-256 del JSON canónico (RFC 8785) del documento' }) sha256: string;
  @ApiProperty({ type: FilerModel }) filer: FilingSummary['filer'];
  @ApiProperty() reserved: boolean;
  @ApiProperty({ format: 'uuid', nullable: true }) supersedesFilingId: string | null;
  @ApiProperty({ nullable: true }) notaAclaratoria: string | null;
  @ApiProperty({ format: 'date', nullable: true, description: 'INICIAL: fecha de toma de posesión' }) fechaTomaPosesion: string | null;
  @ApiProperty({ nullable: true, description: 'MODIFICACIÓN: año que reporta' }) anioReportado: number | null;
  @ApiProperty({ format: 'date', nullable: true, description: 'CONCLUSIÓN: fecha de conclusión' }) fechaConclusion: string | null;
}

export class FilingModel extends FilingSummaryModel implements FilingView {
  @ApiProperty({ nullable: true }) reservedReason: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'Elemento S1 {id, metadata, declaracion} tal como se presentó' })
  document: Record<string, unknown>;
  @ApiProperty({ type: [FilingVersionModel] }) versions: FilingView['versions'];
  @ApiProperty({
    type: () => FilingEfirmaModel,
    nullable: true,
    description: 'Firma con e.firma de la persona declarante (CMS separado sobre la huella SHA-256 en hexadecimal); null si no firmó con e.firma',
  })
  efirma: FilingEfirmaView | null;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'Solo para revisión: la declaración anterior de la misma persona (su versión vigente), para ver los cambios' })
  previousFilingId?: string | null;
  @ApiPropertyOptional({ type: () => [FilingTaxConstanciaModel], description: 'Solo para revisión: constancias de la declaración fiscal anual de la persona' })
  constancias?: FilingView['constancias'];
}

/** A constancia as listed beside a filing for its reviewer (the filer's own page uses TaxConstanciaModel). */
export class FilingTaxConstanciaModel implements FilingConstanciaView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 2025 }) fiscalYear: number;
  @ApiProperty({ example: 'acuse-sat-2025.pdf' }) fileName: string;
  @ApiProperty({ description: 'Bytes' }) size: number;
  @ApiProperty({ format: 'date-time' }) uploadedAt: string;
}

export class EfirmaAuthorityModel implements EfirmaAuthorityView {
  @ApiProperty({ enum: EFIRMA_AUTORIDAD_ESTADOS, description: 'Si el certificado lo emitió una autoridad que la institución registró (veraz institution ca), a la fecha de la firma' })
  estado: EfirmaAuthorityView['estado'];
  @ApiProperty({ example: 'Emitido por una autoridad registrada.' }) explicacion: string;
}

class FilingEfirmaModel implements FilingEfirmaView {
  @ApiProperty({ description: 'Número de certificado del SAT', example: '00001000000504465028' }) serial: string;
  @ApiProperty({ format: 'date-time', description: 'Fin de vigencia del certificado' }) notAfter: string;
  @ApiProperty({ format: 'date-time' }) signedAt: string;
  @ApiProperty({ type: () => EfirmaAuthorityModel }) autoridad: EfirmaAuthorityView;
}

export class StartReadinessModel implements StartReadiness {
  @ApiProperty({ description: 'Si puede iniciar una declaración ahora' }) canStart: boolean;
  @ApiProperty({ enum: EMPLOYMENT_LEVELS, nullable: true, description: 'Nivel de empleo registrado por la institución' })
  employmentLevel: EmploymentLevel | null;
  @ApiProperty({ nullable: true, type: String, description: 'Por qué aún no puede iniciar (null cuando sí puede)' }) reason: string | null;
}
