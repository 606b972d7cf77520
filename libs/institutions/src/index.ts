export * from './institution.entity';
export * from './institution.errors';
export * from './institutions.repository';
export * from './institutions.service';
export * from './institutions.module';
export * from './authorities/authorities.service';
export * from './settings/institution-settings.service';
export { logoProblem } from './settings/logo';
