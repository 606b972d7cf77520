export * from './declaration-pdf';
export * from './declaration-pdf.job';
export * from './declaration-pdf.handler';
export * from './declaration-pdf.repository';
export * from './declaration-pdf.service';
export * from './declaration-preview.service';
