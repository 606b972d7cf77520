export * from './fx-csv';
export * from './fx-rates.service';
export * from './fx-rates.module';
