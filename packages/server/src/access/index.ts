export type { AccessTables } from './access.tables.ts';
export { authRoutes } from './auth.routes.ts';
export { createUser } from './create-user.ts';
export { principalOf, requirePrincipal } from './principal.ts';
export { registerRouteAccess } from './route-access.ts';
export { syncBuiltInRoles } from './sync-built-in-roles.ts';
export { branchesOf, tenantOf } from './tenant-scope.ts';
