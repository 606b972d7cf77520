export * from './roster.module';
export * from './roster.jobs';
export { ROSTER_COLUMNS, REQUIRED_COLUMNS, type RosterColumn } from './csv/roster-columns';
export { parseRoster, type ParsedRoster, type RosterRow, type RowError } from './csv/roster-csv';
export { RosterImportsService, MAX_ROSTER_CSV_BYTES, type ImportDetail, type ImportSummary, type Progress } from './imports/roster-imports.service';
export type { ImportAction, ImportLine, ImportStatus } from './imports/roster-imports.repository';
export { RosterPeopleService, type RosterEdit, type RosterPersonDetail, type RosterPersonView } from './people/roster-people.service';
export type { EventRow } from './people/roster-people.repository';
