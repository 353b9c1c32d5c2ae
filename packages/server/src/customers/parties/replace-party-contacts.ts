import type { ReplacePartyContacts } from '@utilis/contracts';
import { fail, ok } from '@utilis/domain';
import { defineCommand } from '../../commands/index.ts';
import { planListReplacement } from '../accounts/list-replacement.ts';
import { listPartyContacts } from './list-party-contacts.ts';
import type { PartyContactRow } from './party.tables.ts';
import { selectPartyContacts, writePartyContacts } from './party-contact.sql.ts';
import { listOf, toPartyContact } from './party-dto.ts';
import { reachParty } from './reach-party.ts';

type ContactsReplacement = { partyId: string } & ReplacePartyContacts;

/** Sets a party's contacts and consents: sent ids are kept and changed, new ones added, the rest removed. */
export const replacePartyContacts = defineCommand<
  ContactsReplacement,
  PartyContactRow[],
  'party_not_found' | 'validation_failed'
>({
  name: 'party.contacts.replace',
  entity: 'party',
  permission: 'parties.edit',
  entityId: ({ partyId }) => partyId,
  // The party's row lock, taken here, keeps two replacements of its list one after the other.
  before: async ({ trx, tenant }, { partyId }) => {
    const contacts = await listPartyContacts(trx, { tenantId: tenant.id, partyId }, { lock: true });
    return contacts ? listOf(contacts, toPartyContact) : null;
  },
  audited: (contacts) => listOf(contacts, toPartyContact),
  execute: async ({ trx, tenant, now, newId }, { partyId, items }) => {
    const party = { tenantId: tenant.id, partyId };
    if (!(await reachParty(trx, party, { lock: true }))) return fail('party_not_found');
    const stored = await selectPartyContacts(trx, party);
    const plan = planListReplacement(
      stored.map((row) => row.id),
      items.map((item) => ({
        id: item.id,
        channel: item.channel,
        value: item.value,
        serviceConsentGivenOn: item.serviceNotices?.givenOn ?? null,
        serviceConsentWithdrawnOn: item.serviceNotices?.withdrawnOn ?? null,
        marketingConsentGivenOn: item.marketing?.givenOn ?? null,
        marketingConsentWithdrawnOn: item.marketing?.withdrawnOn ?? null,
      })),
    );
    if (!plan.ok) return plan;
    await writePartyContacts(trx, party, plan.value, { at: new Date(now().epochMilliseconds), newId });
    return ok(await selectPartyContacts(trx, party));
  },
});
