import { ApiProperty } from '@nestjs/swagger';
import { OBLIGATION_KINDS, OBLIGATION_STATES, type FilerObligationsView, type FilerObligationView, type ObligationKind, type ObligationState } from '@veraz/contracts';

export class FilerObligationModel implements FilerObligationView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: OBLIGATION_KINDS }) kind: ObligationKind;
  @ApiProperty({ example: 'Declaración de modificación' }) kindLabel: string;
  @ApiProperty({ description: 'Fecha del hecho (AAAA-MM-DD) o, en modificación y constancia, el año que reporta', example: '2025' }) periodKey: string;
  @ApiProperty({ format: 'date' }) triggerDate: string;
  @ApiProperty({ format: 'date' }) windowStart: string;
  @ApiProperty({ format: 'date', description: 'Último día del plazo (días naturales)' }) dueDate: string;
  @ApiProperty({ enum: OBLIGATION_STATES }) state: ObligationState;
  @ApiProperty({ example: 'Omisa' }) stateLabel: string;
  @ApiProperty({ format: 'date', nullable: true }) metOn: string | null;
  @ApiProperty({ description: 'La regla aplicada (Normas, Cuarta y Séptima)' }) basis: string;
}

export class FilerObligationsModel implements FilerObligationsView {
  @ApiProperty({ description: 'false si la cuenta no está en el padrón de la institución' }) onRoster: boolean;
  @ApiProperty({ type: [FilerObligationModel] }) items: FilerObligationView[];
}
