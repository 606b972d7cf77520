import { Module, type DynamicModule, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { LoggerModule } from 'nestjs-pino';
import { AccountsModule } from '@veraz/accounts';
import { AuditModule, AUDIT_REQUEST_KEY } from '@veraz/audit';
import { DeclarationsModule } from '@veraz/declarations';
import { ObligationsModule } from '@veraz/obligations';
import type { VerazConfig } from '@veraz/config';
import { InstitutionsModule } from '@veraz/institutions';
import { IntegrityModule, IntegrityReviewModule } from '@veraz/integrity';
import { CorePlatformModule, JobHandlersModule } from '@veraz/platform';
import { RosterModule } from '@veraz/roster';
import { ReportsModule } from '@veraz/reports';
import { S1Module } from '@veraz/s1';
import { TenancyModule } from '@veraz/tenancy';
import { AuditEventsController, PlatformAuditEventsController } from './audit/audit-events.controller';
import { AccessGuard } from './auth/access.guard';
import { AuthController } from './auth/auth.controller';
import { ContextInterceptor } from './auth/context.interceptor';
import { DeclarationsController } from './declarations/declarations.controller';
import { FilingsController } from './declarations/filings.controller';
import { ReviewController } from './declarations/review.controller';
import { HealthController } from './health/health.controller';
import { ErrorFilter } from './http/error.filter';
import { DashboardController } from './reports/dashboard.controller';
import { ThrottleStorageModule, ThrottleStorageProvider } from './http/throttle-storage.module';
import { throttlers } from './http/throttlers';
import { PlatformInstitutionsController } from './institutions/platform-institutions.controller';
import { InstitutionSettingsController } from './institutions/institution-settings.controller';
import { InvitationLinksController } from './invitations/invitation-links.controller';
import { InvitationsController } from './invitations/invitations.controller';
import { MembersController } from './members/members.controller';
import { RosterController } from './roster/roster.controller';
import { MetricsController } from './metrics/metrics.controller';
import { MetricsMiddleware } from './metrics/metrics.middleware';
import { PrometheusMetrics } from './metrics/prometheus-metrics';
import { loggerOptions } from './bootstrap/logger-options';
import { PlatformS1ClientsController, S1ClientsController } from './s1/s1-clients.controller';
import { S1TokenController } from './s1/s1-token.controller';
import { InstitutionSlugs } from './auth/institution-slugs';
import { S1DataController } from './s1/s1-data.controller';
import { isS1Path, S1ErrorFilter } from './s1/s1-error.filter';
import { S1OpenDataController } from './s1/s1-open-data.controller';
import { DocumentsModule } from '@veraz/documents';
import { FilingDocumentsController } from './documents/filing-documents.controller';
import { VerificationController } from './documents/verification.controller';
import { DeclarationPreviewController } from './declarations/preview.controller';
import { RequerimientosModule } from '@veraz/requerimientos';
import { RequerimientosController } from './requerimientos/requerimientos.controller';
import { AvisosController } from './filer-records/avisos.controller';
import { TaxConstanciasController } from './filer-records/tax-constancias.controller';
import { IntegrityReviewController } from './integrity/integrity-review.controller';
import { IntegrityThresholdsController } from './integrity/integrity-thresholds.controller';
import { PlatformFxRatesController } from './integrity/platform-fx-rates.controller';

export interface AppModuleOptions {
  config: VerazConfig;
  databaseUrl: string;
  /** Run the outbox relay and job handlers in this process (embedded default, no Redis). */
  processJobs: boolean;
}

@Module({})
export class AppModule implements NestModule {
  static forRoot(options: AppModuleOptions): DynamicModule {
    const { config } = options;
    return {
      module: AppModule,
      imports: [
        CorePlatformModule.forRoot({ config, databaseUrl: options.databaseUrl, processJobs: options.processJobs, http: true, applicationName: 'veraz-api', readReplica: true }),
        LoggerModule.forRoot(loggerOptions(config)),
        ThrottlerModule.forRootAsync({
          imports: [ThrottleStorageModule],
          inject: [ThrottleStorageProvider],
          useFactory: (store: ThrottleStorageProvider) => ({
            throttlers: throttlers(config),
            storage: store.storage,
          }),
        }),
        TenancyModule,
        AuditModule,
        InstitutionsModule,
        AccountsModule,
        DeclarationsModule,
        ObligationsModule,
        IntegrityModule,
        S1Module,
        RosterModule,
        DocumentsModule,
        RequerimientosModule,
        ReportsModule,
        IntegrityReviewModule,
        ...(options.processJobs ? [JobHandlersModule] : []),
      ],
      controllers: [
        AuthController,
        InvitationLinksController,
        InvitationsController,
        MembersController,
        RosterController,
        DeclarationsController,
        FilingsController,
        ReviewController,
        AuditEventsController,
        PlatformAuditEventsController,
        PlatformInstitutionsController,
        InstitutionSettingsController,
        HealthController,
        MetricsController,
        S1TokenController,
        S1DataController,
        S1OpenDataController,
        S1ClientsController,
        PlatformS1ClientsController,
        FilingDocumentsController,
        VerificationController,
        DeclarationPreviewController,
        RequerimientosController,
        DashboardController,
        TaxConstanciasController,
        AvisosController,
        IntegrityReviewController,
        IntegrityThresholdsController,
        PlatformFxRatesController,
      ],
      providers: [
        PrometheusMetrics,
        InstitutionSlugs,
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_INTERCEPTOR, useClass: ContextInterceptor },
        { provide: APP_FILTER, useFactory: () => new ErrorFilter([{ matches: isS1Path, filter: new S1ErrorFilter() }]) },
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(MetricsMiddleware).forRoutes('*');
  }
}

export { AUDIT_REQUEST_KEY };
