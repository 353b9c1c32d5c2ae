import type { Tenant } from '@utilis/contracts';
import type { FastifyRequest } from 'fastify';
import type { UseCaseDeps } from '../deps.ts';
import { ProblemError } from '../http/problem-error.ts';
import { findTenant } from './find-tenant.ts';

const tenants = new WeakMap<FastifyRequest, Tenant>();

/** A preHandler for routes under /tenants/:tenantId: an unknown tenant is a 404 before any work. */
export function loadTenantScope(deps: Pick<UseCaseDeps, 'db'>) {
  return async (request: FastifyRequest): Promise<void> => {
    const { tenantId } = request.params as { tenantId: string };
    const tenant = await findTenant(deps, tenantId);
    if (!tenant) throw new ProblemError('tenant_not_found');
    tenants.set(request, tenant);
  };
}

/** The tenant loadTenantScope found for this request. */
export function tenantOf(request: FastifyRequest): Tenant {
  const tenant = tenants.get(request);
  if (!tenant) throw new Error('tenantOf called on a route without loadTenantScope');
  return tenant;
}
