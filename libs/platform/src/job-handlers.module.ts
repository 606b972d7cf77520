import { Module } from '@nestjs/common';
import { AccountsModule } from '@veraz/accounts';
import { DocumentsModule } from '@veraz/documents';
import { IntegrityModule } from '@veraz/integrity';
import { ObligationsModule } from '@veraz/obligations';
import { RequerimientosModule } from '@veraz/requerimientos';
import { RosterModule } from '@veraz/roster';

/** Feature modules whose providers include @JobHandler classes; imported wherever jobs run. */
@Module({ imports: [AccountsModule, DocumentsModule, IntegrityModule, ObligationsModule, RequerimientosModule, RosterModule] })
export class JobHandlersModule {}
