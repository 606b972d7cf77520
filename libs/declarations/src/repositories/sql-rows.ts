// One implementation, in the tenancy library.
export { sqlRows } from '@veraz/tenancy';
