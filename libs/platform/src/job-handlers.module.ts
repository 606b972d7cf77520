import { Module } from '@nestjs/common';
import { AccountsModule } from '@veraz/accounts';
import { DocumentsModule } from '@veraz/documents';
import { ObligationsModule } from '@veraz/obligations';
import { RequerimientosModule } from '@veraz/requerimientos';

/** Feature modules whose providers include @JobHandler classes; imported wherever jobs run. */
@Module({ imports: [AccountsModule, DocumentsModule, ObligationsModule, RequerimientosModule] })
export class JobHandlersModule {}
