import { Module } from '@nestjs/common';
import { CurrentTransaction } from './current-transaction';
import { TenantContext } from './tenant-context';
import { StepRunner } from './step-runner';
import { UnitOfWork } from './unit-of-work';

/** Needs a TypeORM DataSource and a global ClsModule from the application that imports it. */
@Module({ providers: [CurrentTransaction, TenantContext, UnitOfWork, StepRunner], exports: [CurrentTransaction, TenantContext, UnitOfWork, StepRunner] })
export class TenancyModule {}
