import { Module } from '@nestjs/common';
import { Db } from './db.service';
import { TenantContext } from './tenant-context';
import { StepRunner } from './step-runner';
import { UnitOfWork } from './unit-of-work';

/** Needs a TypeORM DataSource and a global ClsModule from the application that imports it. */
@Module({ providers: [Db, TenantContext, UnitOfWork, StepRunner], exports: [Db, TenantContext, UnitOfWork, StepRunner] })
export class TenancyModule {}
