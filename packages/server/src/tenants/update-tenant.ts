import type { Tenant, UpdateTenant } from '@utilis/contracts';
import { fail, ok, type Result } from '@utilis/domain';
import type { UseCaseDeps } from '../deps.ts';
import { groupExists } from './group-exists.ts';
import { toTenant } from './tenant-dto.ts';

export async function updateTenant(
  { db, now }: Pick<UseCaseDeps, 'db' | 'now'>,
  tenantId: string,
  changes: UpdateTenant,
): Promise<Result<Tenant, 'tenant_not_found' | 'tenant_group_not_found'>> {
  return db.transaction().execute(async (trx) => {
    if (changes.groupId && !(await groupExists(trx, changes.groupId))) return fail('tenant_group_not_found');
    const row = await trx
      .updateTable('tenant')
      .set({
        ...changes,
        ...(changes.fourEyesActions && { fourEyesActions: [...new Set(changes.fourEyesActions)] }),
        updatedAt: new Date(now().epochMilliseconds),
      })
      .where('id', '=', tenantId)
      .returningAll()
      .executeTakeFirst();
    return row ? ok(toTenant(row)) : fail('tenant_not_found');
  });
}
