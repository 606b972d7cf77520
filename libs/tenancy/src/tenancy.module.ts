import { Module } from '@nestjs/common';
import { Db } from './db.service';
import { TenantContext } from './tenant-context';

/** Needs a TypeORM DataSource and a global ClsModule from the application that imports it. */
@Module({ providers: [Db, TenantContext], exports: [Db, TenantContext] })
export class TenancyModule {}
