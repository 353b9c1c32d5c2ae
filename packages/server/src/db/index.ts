export type { Database } from './database.ts';
export { type DatabaseConnection, type DatabaseLocation, openDatabase } from './open-database.ts';
export { withSavepoint } from './with-savepoint.ts';
export { withTenant } from './with-tenant.ts';
