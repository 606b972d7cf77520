import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
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
import { catalogs } from '@veraz/standards';

const SECTORES = catalogs.list('sector').map((s) => s.clave);
const number = { message: 'debe ser un número' };
const integer = { message: 'debe ser un número entero' };
const atLeast = (n: number) => [n, { message: `debe ser al menos ${n.toLocaleString('es-MX')}` }] as const;
const atMost = (n: number) => [n, { message: `debe ser como máximo ${n.toLocaleString('es-MX')}` }] as const;

@ValidatorConstraint({ name: 'salarioRango' })
class NotBelowMinimum implements ValidatorConstraintInterface {
  validate(max: unknown, args: ValidationArguments): boolean {
    const min = (args.object as IntegrityThresholdsBody).salarioMensualMinimo;
    return typeof max !== 'number' || typeof min !== 'number' || max >= min;
  }
  defaultMessage(): string {
    return 'debe ser mayor o igual que el salario mensual mínimo';
  }
}

/** An institution's thresholds as the admin sends them: every figure, validated with its range. */
export class IntegrityThresholdsBody implements IntegrityThresholds {
  @ApiProperty({ example: 6, description: 'Regla 1: crecimiento no explicado mayor a estos meses del ingreso declarado' })
  @IsNumber({}, number) @Min(...atLeast(0)) @Max(...atMost(120))
  crecimientoMesesDeIngreso: number;

  @ApiProperty({ example: 0.3, description: 'Regla 1: costo de vida estimado, como proporción (0 a 1) del ingreso del periodo' })
  @IsNumber({}, number) @Min(...atLeast(0)) @Max(...atMost(1))
  costoDeVidaProporcion: number;

  @ApiProperty({ example: 10, description: 'Regla 2: activos mayores a estas veces el ingreso anual' })
  @IsNumber({}, number) @Min(...atLeast(0.1)) @Max(...atMost(1000))
  activosVecesIngresoAnual: number;

  @ApiProperty({ example: 0.6, description: 'Regla 2: adeudos mayores a esta proporción (0 a 1) de ingreso anual más activos' })
  @IsNumber({}, number) @Min(...atLeast(0)) @Max(...atMost(1))
  adeudosProporcion: number;

  @ApiProperty({ example: 3, description: 'Regla 2: inversiones líquidas multiplicadas al menos por este factor entre declaraciones…' })
  @IsNumber({}, number) @Min(...atLeast(1)) @Max(...atMost(100))
  liquidezVeces: number;

  @ApiProperty({ example: 6, description: '…y aumentadas al menos en estos meses de ingreso' })
  @IsNumber({}, number) @Min(...atLeast(0)) @Max(...atMost(120))
  liquidezMesesDeIngreso: number;

  @ApiProperty({ example: 300, description: 'Regla 4: metros cuadrados de construcción de un inmueble' })
  @IsNumber({}, number) @Min(...atLeast(1)) @Max(...atMost(100_000))
  construccionM2: number;

  @ApiProperty({ example: 2, description: 'Regla 4: este número de inmuebles o más adquiridos en un año' })
  @IsInt(integer) @Min(...atLeast(1)) @Max(...atMost(100))
  inmueblesPorAnio: number;

  @ApiProperty({ type: [String], example: ['Ferrari', 'Porsche'], description: 'Regla 4: marcas de vehículos de lujo (sin distinguir acentos ni mayúsculas)' })
  @IsArray({ message: 'debe ser una lista' })
  @ArrayMaxSize(200, { message: 'debe tener como máximo 200 marcas' })
  @IsString({ each: true, message: 'cada marca debe ser texto' })
  @MinLength(1, { each: true, message: 'ninguna marca puede estar vacía' })
  @MaxLength(60, { each: true, message: 'cada marca debe tener como máximo 60 caracteres' })
  marcasDeLujo: string[];

  @ApiProperty({ example: 0.5, description: 'Regla 5: ingresos no salariales mayores a esta proporción del sueldo anual' })
  @IsNumber({}, number) @Min(...atLeast(0)) @Max(...atMost(100))
  ingresoExtraProporcion: number;

  @ApiProperty({ example: 1_000_000, description: 'Regla 5: comodato de un bien con valor mayor a este monto (MXN)' })
  @IsNumber({}, number) @Min(...atLeast(0)) @Max(...atMost(1_000_000_000_000))
  comodatoValorAlto: number;

  @ApiProperty({ type: [String], enum: SECTORES, example: ['CONS'], description: 'Regla 6: sectores de la institución (claves del catálogo `sector` de S1)' })
  @IsArray({ message: 'debe ser una lista' })
  @ArrayUnique({ message: 'no debe repetir sectores' })
  @IsIn(SECTORES, { each: true, message: 'cada sector debe ser una clave del catálogo de sectores de S1' })
  sectoresDeLaInstitucion: string[];

  @ApiProperty({ example: 5_000, description: 'Regla 7: sueldo mensual neto mínimo plausible (MXN)' })
  @IsNumber({}, number) @Min(...atLeast(0)) @Max(...atMost(100_000_000))
  salarioMensualMinimo: number;

  @ApiProperty({ example: 400_000, description: 'Regla 7: sueldo mensual neto máximo plausible (MXN)' })
  @IsNumber({}, number) @Min(...atLeast(0)) @Max(...atMost(100_000_000))
  @Validate(NotBelowMinimum)
  salarioMensualMaximo: number;
}

/** PUT /api/integrity/thresholds */
export class UpdateThresholdsBody {
  @ApiProperty({ type: IntegrityThresholdsBody })
  @IsDefined({ message: 'es obligatorio' })
  @IsObject({ message: 'debe ser un objeto' })
  @ValidateNested()
  @Type(() => IntegrityThresholdsBody)
  thresholds: IntegrityThresholdsBody;
}
