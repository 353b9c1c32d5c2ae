import type { CreateTenantGroup, TenantGroup } from '@utilis/contracts';
import { fail, ok, type Result } from '@utilis/domain';
import type { UseCaseDeps } from '../deps.ts';
import { toTenantGroup } from './tenant-dto.ts';

export async function createTenantGroup(
  { db, now, newId }: UseCaseDeps,
  input: CreateTenantGroup,
): Promise<Result<TenantGroup, 'tenant_group_code_taken'>> {
  const row = await db
    .insertInto('tenantGroup')
    .values({ id: newId(), code: input.code, name: input.name, createdAt: new Date(now().epochMilliseconds) })
    .onConflict((conflict) => conflict.column('code').doNothing())
    .returningAll()
    .executeTakeFirst();
  return row ? ok(toTenantGroup(row)) : fail('tenant_group_code_taken', `The code ${input.code} is in use`);
}
