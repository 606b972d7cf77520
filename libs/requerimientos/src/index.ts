export * from './requerimientos.module';
export * from './requerimientos/requerimientos.service';
export * from './requerimientos/requerimiento-email.job';
export * from './reminders/reminders.service';
export * from './reminders/reminder-jobs';
