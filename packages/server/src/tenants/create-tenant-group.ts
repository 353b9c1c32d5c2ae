import type { CreateTenantGroup, TenantGroup } from '@utilis/contracts';
import { fail, ok } from '@utilis/domain';
import { defineCommand } from '../commands/index.ts';
import { insertTenantGroup } from './tenant.sql.ts';
import { toTenantGroup } from './tenant-dto.ts';

/** A group of tenants (a holding): grants at group scope reach every tenant in it. */
export const createTenantGroup = defineCommand<CreateTenantGroup, TenantGroup, 'tenant_group_code_taken', null>({
  name: 'tenant_group.create',
  entity: 'tenant_group',
  permission: 'tenants.manage',
  execute: async ({ trx, now, newId }, input) => {
    const row = await insertTenantGroup(trx, {
      id: newId(),
      code: input.code,
      name: input.name,
      createdAt: new Date(now().epochMilliseconds),
    });
    return row ? ok(toTenantGroup(row)) : fail('tenant_group_code_taken', `The code ${input.code} is in use`);
  },
});
