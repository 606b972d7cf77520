import { Module } from '@nestjs/common';
import { AccountsModule } from '@veraz/accounts';

/** Feature modules whose providers include @JobHandler classes; imported wherever jobs run. */
@Module({ imports: [AccountsModule] })
export class JobHandlersModule {}
