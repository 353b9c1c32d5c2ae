import type { PartyContact, ReplacePartyContacts } from '@utilis/contracts';
import { fail, ok, type Result } from '@utilis/domain';
import type { Transaction } from 'kysely';
import type { Database } from '../../db/index.ts';
import { withTenant } from '../../db/index.ts';
import type { UseCaseDeps } from '../../deps.ts';
import { planListReplacement } from '../accounts/list-replacement.ts';
import { type PartyRef, reachParty } from './reach-party.ts';

const selectContacts = (trx: Transaction<Database>, { tenantId, partyId }: PartyRef) =>
  trx
    .selectFrom('partyContact')
    .selectAll()
    .where('tenantId', '=', tenantId)
    .where('partyId', '=', partyId)
    .orderBy('createdAt')
    .orderBy('id')
    .execute();

/** Consent is in force from the day given until the day withdrawn. */
const consent = (givenOn: string | null, withdrawnOn: string | null) => ({
  given: givenOn !== null && withdrawnOn === null,
  givenOn,
  withdrawnOn,
});

const toPartyContact = (row: Awaited<ReturnType<typeof selectContacts>>[number]): PartyContact => ({
  id: row.id,
  channel: row.channel,
  value: row.value,
  serviceNotices: consent(row.serviceConsentGivenOn, row.serviceConsentWithdrawnOn),
  marketing: consent(row.marketingConsentGivenOn, row.marketingConsentWithdrawnOn),
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

/** The ways to reach a party with the consents it gave, in the order recorded. */
export async function listPartyContacts(
  { db }: Pick<UseCaseDeps, 'db'>,
  party: PartyRef,
): Promise<PartyContact[] | undefined> {
  return withTenant(db, party.tenantId, async (trx) => {
    if (!(await reachParty(trx, party, { lock: false }))) return undefined;
    return (await selectContacts(trx, party)).map(toPartyContact);
  });
}

/** Sets a party's contacts: sent ids are kept and changed, new ones added, the rest removed. */
export async function replacePartyContacts(
  { db, now, newId }: UseCaseDeps,
  party: PartyRef,
  { items }: ReplacePartyContacts,
): Promise<Result<PartyContact[], 'party_not_found' | 'validation_failed'>> {
  const updatedAt = new Date(now().epochMilliseconds);
  const contacts = items.map((item) => ({
    id: item.id,
    channel: item.channel,
    value: item.value,
    serviceConsentGivenOn: item.serviceNotices?.givenOn ?? null,
    serviceConsentWithdrawnOn: item.serviceNotices?.withdrawnOn ?? null,
    marketingConsentGivenOn: item.marketing?.givenOn ?? null,
    marketingConsentWithdrawnOn: item.marketing?.withdrawnOn ?? null,
  }));
  return withTenant(db, party.tenantId, async (trx) => {
    if (!(await reachParty(trx, party, { lock: true }))) return fail('party_not_found');
    const stored = await selectContacts(trx, party);
    const plan = planListReplacement(
      stored.map((row) => row.id),
      contacts,
    );
    if (!plan.ok) return plan;
    const { tenantId, partyId } = party;
    const { changed, added, removedIds } = plan.value;
    if (removedIds.length > 0) {
      await trx.deleteFrom('partyContact').where('tenantId', '=', tenantId).where('id', 'in', removedIds).execute();
    }
    for (const { id, ...fields } of changed) {
      await trx
        .updateTable('partyContact')
        .set({ ...fields, updatedAt })
        .where('tenantId', '=', tenantId)
        .where('id', '=', id)
        .execute();
    }
    if (added.length > 0) {
      await trx
        .insertInto('partyContact')
        .values(
          added.map(({ id: _, ...fields }) => ({
            ...fields,
            tenantId,
            id: newId(),
            partyId,
            createdAt: updatedAt,
            updatedAt,
          })),
        )
        .execute();
    }
    return ok((await selectContacts(trx, party)).map(toPartyContact));
  });
}
