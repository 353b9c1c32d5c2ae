import type { CreateTenant, Tenant } from '@utilis/contracts';
import { fail, ok } from '@utilis/domain';
import { defineCommand } from '../commands/index.ts';
import { groupExists } from './group-exists.ts';
import { insertTenant } from './tenant.sql.ts';
import { toTenant } from './tenant-dto.ts';

/**
 * A utility company, deployment-wide: its event joins the deployment's chain, not its own.
 * The value is the Tenant every later command of the tenant receives in its context.
 */
export const createTenant = defineCommand<CreateTenant, Tenant, 'tenant_code_taken' | 'tenant_group_not_found', null>({
  name: 'tenant.create',
  entity: 'tenant',
  permission: 'tenants.manage',
  execute: async ({ trx, now, newId }, input) => {
    const groupId = input.groupId ?? null;
    if (groupId !== null && !(await groupExists(trx, groupId))) return fail('tenant_group_not_found');
    const createdAt = new Date(now().epochMilliseconds);
    const row = await insertTenant(trx, {
      ...input,
      id: newId(),
      groupId,
      fourEyesActions: [...new Set(input.fourEyesActions ?? [])],
      createdAt,
      updatedAt: createdAt,
    });
    return row ? ok(toTenant(row)) : fail('tenant_code_taken', `The code ${input.code} is in use`);
  },
});
