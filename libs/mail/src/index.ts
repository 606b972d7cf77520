export * from './mail.service';
export * from './mail-layout';
export * from './mail.module';
