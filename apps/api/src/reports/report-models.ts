import { ApiProperty } from '@nestjs/swagger';
import type { DashboardView, MayRateView, StateCounts } from '@veraz/contracts';

/** Counts per obligation state (OBLIGATION_STATES). */
class StateCountsModel implements StateCounts {
  @ApiProperty() PENDIENTE: number;
  @ApiProperty() PRESENTADA_EN_TIEMPO: number;
  @ApiProperty() PRESENTADA_EXTEMPORANEA: number;
  @ApiProperty() OMISA: number;
}

class AreaCountsModel {
  @ApiProperty({ nullable: true, type: String, description: 'Área de adscripción del padrón (null: sin área)' }) area: string | null;
  @ApiProperty({ type: StateCountsModel }) counts: StateCountsModel;
  @ApiProperty() total: number;
}

class MonthCountsModel {
  @ApiProperty({ example: '2026-05', description: 'Mes de la fecha límite (AAAA-MM)' }) month: string;
  @ApiProperty({ type: StateCountsModel }) counts: StateCountsModel;
  @ApiProperty() total: number;
}

class MayRateModel implements MayRateView {
  @ApiProperty() year: number;
  @ApiProperty({ format: 'date' }) dueDate: string;
  @ApiProperty({ description: 'Declaraciones de modificación con fecha límite en ese mayo' }) due: number;
  @ApiProperty() onTime: number;
  @ApiProperty() late: number;
  @ApiProperty() omisas: number;
  @ApiProperty() pending: number;
  @ApiProperty({ nullable: true, type: Number, description: 'Presentadas en tiempo / obligadas (0 a 1)' }) onTimeRate: number | null;
  @ApiProperty({ enum: ['ANTES', 'EN_CURSO', 'CERRADO'] }) phase: MayRateView['phase'];
}

export class DashboardModel implements DashboardView {
  @ApiProperty({ format: 'date', description: 'Fecha (Ciudad de México) con la que se juzgan los plazos' }) today: string;
  @ApiProperty() total: number;
  @ApiProperty({ type: StateCountsModel }) byState: StateCountsModel;
  @ApiProperty({ type: [AreaCountsModel] }) byArea: AreaCountsModel[];
  @ApiProperty({ type: [MonthCountsModel] }) byMonth: MonthCountsModel[];
  @ApiProperty({ type: MayRateModel }) may: MayRateModel;
}
