import type { CreateParty, Party, Tenant } from '@utilis/contracts';
import { displayName, fail, ok, type Result } from '@utilis/domain';
import { withTenant } from '../../db/index.ts';
import type { UseCaseDeps } from '../../deps.ts';
import { isPartyReferenceClash } from './is-party-reference-clash.ts';
import { toParty } from './party-dto.ts';

export async function createParty(
  { db, now, newId }: UseCaseDeps,
  tenant: Pick<Tenant, 'id' | 'locale'>,
  input: CreateParty,
): Promise<Result<Party, 'party_reference_taken'>> {
  const createdAt = new Date(now().epochMilliseconds);
  const names =
    input.kind === 'person'
      ? { givenName: input.givenName, middleName: input.middleName ?? null, familyName: input.familyName }
      : { organisationName: input.organisationName, registrationNumber: input.registrationNumber ?? null };
  try {
    const party = await withTenant(db, tenant.id, async (trx) => {
      const row = await trx
        .insertInto('party')
        .values({
          tenantId: tenant.id,
          id: newId(),
          kind: input.kind,
          reference: input.reference ?? null,
          displayName: displayName(input, tenant.locale),
          ...names,
          email: input.email ?? null,
          phone: input.phone ?? null,
          preferredLocale: input.preferredLocale ?? null,
          preferredChannel: input.preferredChannel ?? null,
          createdAt,
          updatedAt: createdAt,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toParty(row);
    });
    return ok(party);
  } catch (error) {
    if (isPartyReferenceClash(error)) return referenceTaken(input.reference);
    throw error;
  }
}

export const referenceTaken = (reference: string | null | undefined) =>
  fail('party_reference_taken', `Another party of this tenant has the reference ${reference}`);
