import type { Party, Tenant, UpdateParty } from '@utilis/contracts';
import { displayName, fail, ok, type Result } from '@utilis/domain';
import { withTenant } from '../../db/index.ts';
import type { UseCaseDeps } from '../../deps.ts';
import { referenceTaken } from './create-party.ts';
import { isPartyReferenceClash } from './is-party-reference-clash.ts';
import { toParty } from './party-dto.ts';

const personOnly = ['givenName', 'middleName', 'familyName'] as const;
const organisationOnly = ['organisationName', 'registrationNumber'] as const;

export async function updateParty(
  { db, now }: Pick<UseCaseDeps, 'db' | 'now'>,
  { tenant, partyId, changes }: { tenant: Pick<Tenant, 'id' | 'locale'>; partyId: string; changes: UpdateParty },
): Promise<Result<Party, 'party_not_found' | 'party_kind_mismatch' | 'party_reference_taken'>> {
  try {
    return await changeParty({ db, now }, { tenant, partyId, changes });
  } catch (error) {
    if (isPartyReferenceClash(error)) return referenceTaken(changes.reference);
    throw error;
  }
}

async function changeParty(
  { db, now }: Pick<UseCaseDeps, 'db' | 'now'>,
  { tenant, partyId, changes }: { tenant: Pick<Tenant, 'id' | 'locale'>; partyId: string; changes: UpdateParty },
): Promise<Result<Party, 'party_not_found' | 'party_kind_mismatch'>> {
  return withTenant(db, tenant.id, async (trx) => {
    const current = await trx
      .selectFrom('party')
      .selectAll()
      .where('tenantId', '=', tenant.id)
      .where('id', '=', partyId)
      .forUpdate()
      .executeTakeFirst();
    if (!current) return fail('party_not_found');
    const foreign = (current.kind === 'person' ? organisationOnly : personOnly).filter((field) => field in changes);
    if (foreign.length > 0) return fail('party_kind_mismatch', `A ${current.kind} has no ${foreign.join(', ')}`);

    const next = { ...current, ...changes };
    const name =
      next.kind === 'person'
        ? displayName(
            {
              kind: 'person',
              givenName: next.givenName ?? '',
              middleName: next.middleName,
              familyName: next.familyName ?? '',
            },
            tenant.locale,
          )
        : displayName({ kind: 'organisation', organisationName: next.organisationName ?? '' }, tenant.locale);
    const row = await trx
      .updateTable('party')
      .set({ ...changes, displayName: name, updatedAt: new Date(now().epochMilliseconds) })
      .where('tenantId', '=', tenant.id)
      .where('id', '=', partyId)
      .returningAll()
      .executeTakeFirstOrThrow();
    return ok(toParty(row));
  });
}
