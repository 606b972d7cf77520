import { DynamicModule, Global, Module } from '@nestjs/common';
import { loadConfig, type VerazConfig } from './load-config';
import { resolveSecretKey } from './secret-key';
import { Clock } from './clock';

export const VERAZ_CONFIG = Symbol('VERAZ_CONFIG');
export const SECRET_KEY = Symbol('SECRET_KEY');

/**
 * The one global module: configuration is read everywhere and validated once at boot.
 */
@Global()
@Module({})
export class VerazConfigModule {
  static forRoot(config: VerazConfig = loadConfig()): DynamicModule {
    return {
      module: VerazConfigModule,
      providers: [
        { provide: VERAZ_CONFIG, useValue: config },
        { provide: SECRET_KEY, useFactory: () => resolveSecretKey(config) },
        { provide: Clock, useValue: new Clock(config) },
      ],
      exports: [VERAZ_CONFIG, SECRET_KEY, Clock],
    };
  }
}
