import { Foundation1764000000000 } from './1764000000000-Foundation';

/** Every migration, oldest first. Never edit one that has shipped: add a new one. */
export const MIGRATIONS = [Foundation1764000000000];
export { APP_ROLE } from './rls';
