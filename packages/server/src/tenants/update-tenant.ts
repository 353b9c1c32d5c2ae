import type { Tenant, UpdateTenant } from '@utilis/contracts';
import { fail, ok } from '@utilis/domain';
import { defineCommand } from '../commands/index.ts';
import { findTenant } from './find-tenant.ts';
import { groupExists } from './group-exists.ts';
import { updateTenantRow } from './tenant.sql.ts';
import { toTenant } from './tenant-dto.ts';

/** Changes a tenant's settings; its event joins the tenant's own chain. Code and currency never change. */
export const updateTenant = defineCommand<UpdateTenant, Tenant, 'tenant_not_found' | 'tenant_group_not_found'>({
  name: 'tenant.update',
  entity: 'tenant',
  permission: 'tenants.manage',
  before: ({ trx, tenant }) => findTenant(trx, tenant.id),
  execute: async ({ trx, tenant, now }, changes) => {
    if (changes.groupId && !(await groupExists(trx, changes.groupId))) return fail('tenant_group_not_found');
    const row = await updateTenantRow(trx, tenant.id, {
      ...changes,
      ...(changes.fourEyesActions && { fourEyesActions: [...new Set(changes.fourEyesActions)] }),
      updatedAt: new Date(now().epochMilliseconds),
    });
    return row ? ok(toTenant(row)) : fail('tenant_not_found');
  },
});
