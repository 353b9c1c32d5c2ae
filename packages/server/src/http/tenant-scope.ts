import type { Tenant } from '@utilis/contracts';
import type { TenantAccess } from '@utilis/domain';
import type { FastifyRequest } from 'fastify';

const scopes = new WeakMap<FastifyRequest, { tenant: Tenant; access: TenantAccess }>();

export const setTenantScope = (request: FastifyRequest, tenant: Tenant, access: TenantAccess): void => {
  scopes.set(request, { tenant, access });
};

/** The tenant a tenant-scoped route was authorized for. */
export function tenantOf(request: FastifyRequest): Tenant {
  const scope = scopes.get(request);
  if (!scope) throw new Error(`${request.method} ${request.url} has no tenant scope: does it name a tenant?`);
  return scope.tenant;
}

/** The branches a permission is limited to in the request's tenant; null when it is held tenant-wide. */
export function branchesOf(request: FastifyRequest, permission: string): ReadonlySet<string> | null {
  const scope = scopes.get(request);
  if (!scope) throw new Error(`${request.method} ${request.url} has no tenant scope: does it name a tenant?`);
  return scope.access.branchesFor(permission);
}

/** What the principal may do in the request's tenant. */
export function tenantAccessOf(request: FastifyRequest): TenantAccess {
  const scope = scopes.get(request);
  if (!scope) throw new Error(`${request.method} ${request.url} has no tenant scope: does it name a tenant?`);
  return scope.access;
}
