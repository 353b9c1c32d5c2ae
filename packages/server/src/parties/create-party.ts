import type { CreateParty, Party, Tenant } from '@utilis/contracts';
import { displayName } from '@utilis/domain';
import { withTenant } from '../db/index.ts';
import type { UseCaseDeps } from '../deps.ts';
import { toParty } from './party-dto.ts';

export async function createParty(
  { db, now, newId }: UseCaseDeps,
  tenant: Pick<Tenant, 'id' | 'locale'>,
  input: CreateParty,
): Promise<Party> {
  const createdAt = new Date(now().epochMilliseconds);
  const names =
    input.kind === 'person'
      ? { givenName: input.givenName, middleName: input.middleName ?? null, familyName: input.familyName }
      : { organisationName: input.organisationName, registrationNumber: input.registrationNumber ?? null };
  return withTenant(db, tenant.id, async (trx) => {
    const row = await trx
      .insertInto('party')
      .values({
        tenantId: tenant.id,
        id: newId(),
        kind: input.kind,
        displayName: displayName(input, tenant.locale),
        ...names,
        email: input.email ?? null,
        phone: input.phone ?? null,
        preferredLocale: input.preferredLocale ?? null,
        createdAt,
        updatedAt: createdAt,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toParty(row);
  });
}
