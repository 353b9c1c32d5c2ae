export { createTenant } from './create-tenant.ts';
export { findTenant } from './find-tenant.ts';
export { nextInSequence } from './next-in-sequence.ts';
export type { TenantTables } from './tenant.tables.ts';
export { tenantRoutes } from './tenants.routes.ts';
