import { ApiProperty } from '@nestjs/swagger';
import { RISK_RULE_CODES, type RiskRuleCode, type SelfCheckHint, type SelfCheckView } from '@veraz/contracts';

export class SelfCheckHintModel implements SelfCheckHint {
  @ApiProperty({ enum: RISK_RULE_CODES, example: 'COPROPIEDAD_MAYOR_100', description: 'Revisión que lo detectó (solo de calidad de datos y de bienes entre declaraciones)' })
  code: RiskRuleCode;
  @ApiProperty({ example: 'Los porcentajes de propiedad de este inmueble suman 120 %. Revisa el porcentaje de cada copropietario o explícalo en aclaraciones.' })
  message: string;
  @ApiProperty({ example: 'bienesInmuebles', description: 'Sección a abrir' })
  section: string;
  @ApiProperty({ type: Number, nullable: true, example: 0, description: 'Elemento de la sección (desde 0), si aplica' })
  item: number | null;
  @ApiProperty({ type: String, nullable: true, example: 'porcentajePropiedad', description: 'Campo a revisar dentro del elemento, si se sabe' })
  field: string | null;
}

export class SelfCheckModel implements SelfCheckView {
  @ApiProperty({ type: [SelfCheckHintModel] }) hints: SelfCheckHint[];
}
