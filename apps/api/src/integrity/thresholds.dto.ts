import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDefined,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
  Validate,
  ValidateNested,
  ValidatorConstraint,
  type ValidationArguments,
  type ValidatorConstraintInterface,
} from 'class-validator';
import type { IntegrityThresholds } from '@veraz/contracts';
import { THRESHOLD_LIST_RULES, THRESHOLD_NUMBER_RANGES } from '@veraz/integrity';
import { catalogs } from '@veraz/standards';

const es = new Intl.NumberFormat('es-MX', { maximumFractionDigits: 2 });

/** A number threshold: its range (and wholeness) from the one table ThresholdsService checks too. */
function Threshold(key: keyof typeof THRESHOLD_NUMBER_RANGES, description: string, example: number) {
  const { min, max, integer } = THRESHOLD_NUMBER_RANGES[key];
  const range = { message: `debe estar entre ${es.format(min)} y ${es.format(max)}` };
  return applyDecorators(
    ApiProperty({ description, example, minimum: min, maximum: max, type: integer ? 'integer' : 'number' }),
    IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'debe ser un número' }),
    ...(integer ? [IsInt({ message: 'debe ser un número entero' })] : []),
    Min(min, range),
    Max(max, range),
  );
}

/** A list of texts: its size, its items' length and, for sectors, the S1 catalog. */
function TextList(key: keyof typeof THRESHOLD_LIST_RULES, description: string, example: string[]) {
  const rule = THRESHOLD_LIST_RULES[key];
  const claves = rule.catalog ? catalogs.list(rule.catalog).map((c) => c.clave) : null;
  return applyDecorators(
    ApiProperty({ description, example, type: [String], maxItems: rule.max, ...(claves ? { enum: claves } : {}) }),
    IsArray({ message: 'debe ser una lista de textos' }),
    ArrayMaxSize(rule.max, { message: `admite a lo más ${rule.max} elementos` }),
    IsString({ each: true, message: 'cada elemento debe ser texto' }),
    MinLength(1, { each: true, message: 'ningún elemento puede estar vacío' }),
    MaxLength(rule.itemMax, { each: true, message: `cada elemento admite a lo más ${rule.itemMax} caracteres` }),
    ...(claves ? [IsIn(claves, { each: true, message: `cada elemento debe ser una clave del catálogo ${rule.catalog} del S1` })] : []),
  );
}

@ValidatorConstraint({ name: 'salarioMensualMaximo' })
class AboveMinimum implements ValidatorConstraintInterface {
  validate(max: unknown, args: ValidationArguments): boolean {
    const min = (args.object as IntegrityThresholdsBody).salarioMensualMinimo;
    return typeof max !== 'number' || typeof min !== 'number' || max > min;
  }
  defaultMessage(): string {
    return 'debe ser mayor que salarioMensualMinimo';
  }
}

/** An institution's thresholds as the admin sends them: every figure, each with its range. */
export class IntegrityThresholdsBody implements IntegrityThresholds {
  @Threshold('crecimientoMesesDeIngreso', 'Regla 1: crecimiento no explicado mayor a estos meses del ingreso declarado', 6)
  crecimientoMesesDeIngreso: number;

  @Threshold('costoDeVidaProporcion', 'Regla 1: costo de vida estimado, como proporción (0 a 1) del ingreso del periodo', 0.3)
  costoDeVidaProporcion: number;

  @Threshold('activosVecesIngresoAnual', 'Regla 2: activos mayores a estas veces el ingreso anual', 10)
  activosVecesIngresoAnual: number;

  @Threshold('adeudosProporcion', 'Regla 2: adeudos mayores a esta proporción (0 a 1) de ingreso anual más activos', 0.6)
  adeudosProporcion: number;

  @Threshold('liquidezVeces', 'Regla 2: inversiones líquidas multiplicadas al menos por este factor entre declaraciones…', 3)
  liquidezVeces: number;

  @Threshold('liquidezMesesDeIngreso', '…y aumentadas al menos en estos meses de ingreso', 6)
  liquidezMesesDeIngreso: number;

  @Threshold('ventaSaldosProporcion', 'Regla 3: una venta sin ingreso por enajenación queda explicada si las inversiones y cuentas subieron al menos esta proporción (0–1) del valor de la parte vendida', 0.5)
  ventaSaldosProporcion: number;

  @Threshold('construccionM2', 'Regla 4: metros cuadrados de construcción de un inmueble', 300)
  construccionM2: number;

  @Threshold('inmueblesPorAnio', 'Regla 4: este número de inmuebles o más adquiridos en un año', 2)
  inmueblesPorAnio: number;

  @TextList('marcasDeLujo', 'Regla 4: marcas de vehículos de lujo (sin distinguir acentos ni mayúsculas)', ['Ferrari', 'Porsche'])
  marcasDeLujo: string[];

  @Threshold('ingresoExtraProporcion', 'Regla 5: ingresos no salariales mayores a esta proporción del sueldo anual', 0.5)
  ingresoExtraProporcion: number;

  @TextList('sectoresDeLaInstitucion', 'Regla 6: sectores de la institución (claves del catálogo `sector` de S1)', ['CONS'])
  sectoresDeLaInstitucion: string[];

  @Threshold('salarioMensualMinimo', 'Regla 7: sueldo mensual neto mínimo plausible (MXN)', 5_000)
  salarioMensualMinimo: number;

  @Threshold('salarioMensualMaximo', 'Regla 7: sueldo mensual neto máximo plausible (MXN)', 400_000)
  @Validate(AboveMinimum)
  salarioMensualMaximo: number;
}

/** PUT /api/integrity/thresholds */
export class UpdateThresholdsBody {
  @ApiProperty({ type: IntegrityThresholdsBody, description: 'Todos los umbrales; cada cambio crea una versión nueva' })
  @IsDefined({ message: 'es obligatorio' })
  @IsObject({ message: 'debe ser un objeto' })
  @ValidateNested()
  @Type(() => IntegrityThresholdsBody)
  thresholds: IntegrityThresholdsBody;
}
