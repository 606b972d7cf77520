import { ACCOUNT_ENTITIES } from '@veraz/accounts';
import { AUDIT_ENTITIES } from '@veraz/audit';
import { Institution } from '@veraz/institutions';
import { OUTBOX_ENTITIES } from '@veraz/queue';

/** Every TypeORM entity of the product, for the one DataSource of a process. */
export const VERAZ_ENTITIES = [Institution, ...AUDIT_ENTITIES, ...OUTBOX_ENTITIES, ...ACCOUNT_ENTITIES];
