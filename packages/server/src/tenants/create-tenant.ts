import type { CreateTenant, Tenant } from '@utilis/contracts';
import { fail, ok, type Result } from '@utilis/domain';
import type { UseCaseDeps } from '../deps.ts';
import { groupExists } from './group-exists.ts';
import { toTenant } from './tenant-dto.ts';

export async function createTenant(
  { db, now, newId }: UseCaseDeps,
  input: CreateTenant,
): Promise<Result<Tenant, 'tenant_code_taken' | 'tenant_group_not_found'>> {
  return db.transaction().execute(async (trx) => {
    const groupId = input.groupId ?? null;
    if (groupId !== null && !(await groupExists(trx, groupId))) return fail('tenant_group_not_found');
    const createdAt = new Date(now().epochMilliseconds);
    const row = await trx
      .insertInto('tenant')
      .values({
        ...input,
        id: newId(),
        groupId,
        fourEyesActions: [...new Set(input.fourEyesActions ?? [])],
        createdAt,
        updatedAt: createdAt,
      })
      .onConflict((conflict) => conflict.column('code').doNothing())
      .returningAll()
      .executeTakeFirst();
    return row ? ok(toTenant(row)) : fail('tenant_code_taken', `The code ${input.code} is in use`);
  });
}
