import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import type { Principal } from '@veraz/accounts';
import type { FxRateView } from '@veraz/contracts';
import { FxRatesService, type FxImportResult } from '@veraz/integrity';
import { OperatorOnly } from '../auth/access.decorators';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { ApiErrorModel } from '../http/api-models';

export class FxRateModel implements FxRateView {
  @ApiProperty({ example: 2024 }) year: number;
  @ApiProperty({ example: 'USD', description: 'Código ISO 4217' }) currency: string;
  @ApiProperty({ example: 18.3, description: 'Pesos por unidad de la moneda: promedio de los valores diarios publicados en el año' }) mxnPerUnit: number;
  @ApiProperty({ example: 251, description: 'Valores diarios promediados (1 para una cifra anual de otra fuente)' }) observations: number;
  @ApiProperty({ example: 'Banco de México, SIE, serie SF43718 (FIX), promedio de 251 observaciones de 2024 (del 02/01/2024 al 31/12/2024)' }) source: string;
  @ApiProperty({ format: 'date-time' }) importedAt: string;
}

export class FxImportResultModel implements FxImportResult {
  @ApiProperty({ type: [FxRateModel], description: 'Cada año y moneda del archivo, como quedó guardado' }) imported: FxRateView[];
}

export class ImportFxRatesBody {
  @ApiProperty({
    description:
      'Contenido del CSV: la exportación del SIE de Banco de México de una serie diaria (líneas de título, encabezado «Fecha,SF43718», ' +
      'filas DD/MM/AAAA,valor; «N/E» se omite), o una tabla anual con columnas anio,moneda,tipo_cambio. Comas o punto y coma.',
    example: '"Fecha","SF43718"\n"02/01/2024","16.9220"\n"03/01/2024","17.0258"\n',
  })
  @IsString({ message: 'debe ser el texto del archivo CSV' })
  @MinLength(1, { message: 'el archivo está vacío' })
  csv: string;

  @ApiPropertyOptional({ example: 'USD', description: 'Moneda (ISO 4217) de una serie que Veraz no conoce; SF43718 ya se sabe que es USD' })
  @IsOptional()
  @IsString({ message: 'debe ser un código de moneda' })
  moneda?: string;

  @ApiPropertyOptional({ example: 'DOF, tipo de cambio promedio anual', description: 'Fuente oficial de las cifras; obligatoria para la tabla anual' })
  @IsOptional()
  @IsString({ message: 'debe ser un texto' })
  @MaxLength(300, { message: 'debe tener como máximo 300 caracteres' })
  fuente?: string;
}

/** Operators load the yearly exchange rates the integrity rules convert foreign amounts with. */
@ApiTags('Plataforma')
@Controller('api/platform/fx-rates')
export class PlatformFxRatesController {
  constructor(private readonly fx: FxRatesService) {}

  @Get()
  @OperatorOnly()
  @ApiOperation({ summary: 'Tipos de cambio anuales cargados (pesos por unidad), por moneda y año, con su fuente' })
  @ApiOkResponse({ type: [FxRateModel] })
  list(): Promise<FxRateView[]> {
    return this.fx.list();
  }

  @Post()
  @OperatorOnly()
  @ApiOperation({
    summary: 'Importar tipos de cambio desde un CSV oficial',
    description:
      'El tipo de cambio de cada año es el promedio de los valores diarios publicados de la serie (FIX: SF43718, pesos por dólar). ' +
      'Volver a importar los mismos datos no cambia nada; un año ya cargado se reemplaza con las cifras nuevas. Si alguna línea ' +
      'tiene errores se responde 400 con cada línea y no se guarda nada. Queda en la bitácora de la plataforma. Veraz no trae ' +
      'tipos de cambio cargados: una regla que necesita uno que falta lo dice en su explicación.',
  })
  @ApiCreatedResponse({ type: FxImportResultModel })
  @ApiBadRequestResponse({ type: ApiErrorModel, description: 'Archivo o parámetros inválidos, con el número de cada línea con error' })
  import(@Body() body: ImportFxRatesBody, @CurrentPrincipal() principal: Principal): Promise<FxImportResult> {
    return this.fx.import(body.csv, { moneda: body.moneda, fuente: body.fuente }, principal.userId);
  }
}
