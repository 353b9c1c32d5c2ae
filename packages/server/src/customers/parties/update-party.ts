import type { UpdateParty } from '@utilis/contracts';
import { decidePartyChange, fail, ok } from '@utilis/domain';
import { defineCommand } from '../../commands/index.ts';
import { referenceTaken } from './create-party.ts';
import { selectParty, updatePartyRow } from './party.sql.ts';
import type { PartyRow } from './party.tables.ts';
import { toParty } from './party-dto.ts';

type PartyChange = { partyId: string; changes: UpdateParty };

/** Changes a party's names, contact details or customer number; its display name follows its names. */
export const updateParty = defineCommand<
  PartyChange,
  PartyRow,
  'party_not_found' | 'party_kind_mismatch' | 'party_reference_taken'
>({
  name: 'party.update',
  entity: 'party',
  permission: 'parties.edit',
  entityId: ({ partyId }) => partyId,
  // Locked from here on, so the "before" is what this change replaces.
  before: async ({ trx, tenant }, { partyId }) => {
    const party = await selectParty(trx, { tenantId: tenant.id, partyId }, { lock: true });
    return party ? toParty(party) : null;
  },
  audited: (party) => toParty(party),
  execute: async ({ trx, tenant, now }, { partyId, changes }) => {
    const ref = { tenantId: tenant.id, partyId };
    const current = await selectParty(trx, ref, { lock: true });
    if (!current) return fail('party_not_found');
    const decided = decidePartyChange(current, changes, tenant.locale);
    if (!decided.ok) return decided;
    const party = await updatePartyRow(trx, ref, {
      ...changes,
      displayName: decided.value.displayName,
      updatedAt: new Date(now().epochMilliseconds),
    });
    return party ? ok(party) : referenceTaken(changes.reference);
  },
});
