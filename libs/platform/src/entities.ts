import { ACCOUNT_ENTITIES } from '@veraz/accounts';
import { AuditEvent } from '@veraz/audit';
import { Institution } from '@veraz/institutions';
import { OutboxEntry } from '@veraz/queue';

/** Every TypeORM entity of the product, for the one DataSource of a process. */
export const VERAZ_ENTITIES = [Institution, AuditEvent, OutboxEntry, ...ACCOUNT_ENTITIES];
