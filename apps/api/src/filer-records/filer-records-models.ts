import { ApiProperty } from '@nestjs/swagger';
import { AMBITOS_PUBLICOS, NIVELES_ORDEN_GOBIERNO, type AvisoData, type AvisoDatosGenerales, type AvisoEncargoAnterior, type AvisoEncargoNuevo, type AvisoPrefill, type AvisoView, type TaxConstanciaStatus, type TaxConstanciaView } from '@veraz/contracts';

// OpenAPI descriptions of the filer's records; `implements` keeps them from drifting.

export class TaxConstanciaModel implements TaxConstanciaView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty({ example: 'María López Pérez' }) declarante: string;
  @ApiProperty({ example: 2025, description: 'Ejercicio fiscal que cubre la declaración anual' }) anioFiscal: number;
  @ApiProperty({ format: 'uuid', nullable: true, description: 'La declaración de modificación desde la que se adjuntó' }) declarationId: string | null;
  @ApiProperty({ example: 'acuse-anual-2025.pdf' }) nombreArchivo: string;
  @ApiProperty({ description: 'Tamaño en bytes' }) tamano: number;
  @ApiProperty({ description: 'SHA-256 del archivo guardado' }) sha256: string;
  @ApiProperty({ format: 'date-time' }) subidaEn: string;
  @ApiProperty({ description: 'La más reciente de esa persona y ese año: la que cuenta (reemplazar agrega una nueva y conserva el historial)' }) vigente: boolean;
}

export class TaxConstanciaStatusModel implements TaxConstanciaStatus {
  @ApiProperty({ description: 'Si la institución exige la constancia (una obligación más por persona y año)' }) requerida: boolean;
  @ApiProperty({ example: 5, description: 'Tamaño máximo del PDF en MB' }) maxMb: number;
  @ApiProperty({ type: [TaxConstanciaModel] }) constancias: TaxConstanciaView[];
}

export class AvisoDatosGeneralesModel implements AvisoDatosGenerales {
  @ApiProperty() nombre: string;
  @ApiProperty() primerApellido: string;
  @ApiProperty({ nullable: true }) segundoApellido: string | null;
  @ApiProperty({ nullable: true }) curp: string | null;
  @ApiProperty({ nullable: true }) rfc: string | null;
  @ApiProperty({ nullable: true }) homoClave: string | null;
  @ApiProperty() correoInstitucional: string;
  @ApiProperty({ nullable: true }) correoPersonal: string | null;
  @ApiProperty({ nullable: true }) telefono: string | null;
}

export class AvisoEncargoNuevoModel implements AvisoEncargoNuevo {
  @ApiProperty() nombreEntePublico: string;
  @ApiProperty({ enum: NIVELES_ORDEN_GOBIERNO, nullable: true }) nivelOrdenGobierno: AvisoEncargoNuevo['nivelOrdenGobierno'];
  @ApiProperty({ enum: AMBITOS_PUBLICOS, nullable: true }) ambitoPublico: AvisoEncargoNuevo['ambitoPublico'];
  @ApiProperty() empleoCargoComision: string;
  @ApiProperty() areaAdscripcion: string;
  @ApiProperty() nivelEmpleoCargoComision: string;
  @ApiProperty({ format: 'date' }) fechaTomaPosesion: string;
}

export class AvisoEncargoAnteriorModel implements AvisoEncargoAnterior {
  @ApiProperty() nombreEntePublico: string;
  @ApiProperty({ format: 'date' }) fechaConclusion: string;
}

export class AvisoDataModel implements AvisoData {
  @ApiProperty({ type: AvisoDatosGeneralesModel }) datosGenerales: AvisoDatosGenerales;
  @ApiProperty({ type: AvisoEncargoNuevoModel }) encargoNuevo: AvisoEncargoNuevo;
  @ApiProperty({ type: AvisoEncargoAnteriorModel }) encargoAnterior: AvisoEncargoAnterior;
}

export class AvisoModel implements AvisoView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty({ example: 'SEFIN-2026-AV-000001', description: 'Serie propia de avisos: SLUG-AAAA-AV-NNNNNN' }) folio: string;
  @ApiProperty({ format: 'date-time' }) presentadoEn: string;
  @ApiProperty({ description: 'SHA-256 del JSON canónico (RFC 8785) del aviso' }) sha256: string;
  @ApiProperty({ nullable: true, description: 'SHA-256 del acuse sellado' }) acuseSha256: string | null;
  @ApiProperty({ type: AvisoDataModel }) datos: AvisoData;
}

export class AvisoPrefillModel implements AvisoPrefill {
  @ApiProperty({ type: AvisoDatosGeneralesModel, description: 'De la cuenta (nombre, CURP, RFC) y de la última declaración (correo personal, teléfono)' }) datosGenerales: AvisoDatosGenerales;
  @ApiProperty({ description: 'El ente público es esta institución; puesto, área, nivel y fecha de alta vienen del padrón cuando existen' }) encargoNuevo: AvisoPrefill['encargoNuevo'];
  @ApiProperty({ description: 'Vacío: lo escribe la persona declarante' }) encargoAnterior: AvisoPrefill['encargoAnterior'];
}
