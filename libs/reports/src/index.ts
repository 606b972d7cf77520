export * from './reports.module';
export { DashboardService, mayRate } from './dashboard/dashboard.service';
export { ObligationExportsService, obligationText, type ExportFile } from './exports/obligation-exports.service';
export { tabularCsv, tabularXlsx, type Cell, type RowBatches, type Tabular } from './tabular/tabular-writer';
