import type { ReplaceIdentityDocuments } from '@utilis/contracts';
import { fail, ok } from '@utilis/domain';
import { defineCommand } from '../../commands/index.ts';
import { planListReplacement } from '../accounts/list-replacement.ts';
import { selectIdentityDocuments, writeIdentityDocuments } from './identity-document.sql.ts';
import { listIdentityDocuments } from './list-identity-documents.ts';
import type { PartyIdentityDocumentRow } from './party.tables.ts';
import { listOf, toIdentityDocument } from './party-dto.ts';
import { reachParty } from './reach-party.ts';

type DocumentsReplacement = { partyId: string } & ReplaceIdentityDocuments;

/** Sets a party's identity documents: sent ids are kept and changed, new ones added, the rest removed. */
export const replaceIdentityDocuments = defineCommand<
  DocumentsReplacement,
  PartyIdentityDocumentRow[],
  'party_not_found' | 'validation_failed'
>({
  name: 'party.identity_documents.replace',
  entity: 'party',
  permission: 'parties.edit',
  entityId: ({ partyId }) => partyId,
  // The party's row lock, taken here, keeps two replacements of its list one after the other.
  before: async ({ trx, tenant }, { partyId }) => {
    const documents = await listIdentityDocuments(trx, { tenantId: tenant.id, partyId }, { lock: true });
    return documents ? listOf(documents, toIdentityDocument) : null;
  },
  audited: (documents) => listOf(documents, toIdentityDocument),
  execute: async ({ trx, tenant, now, newId }, { partyId, items }) => {
    const party = { tenantId: tenant.id, partyId };
    if (!(await reachParty(trx, party, { lock: true }))) return fail('party_not_found');
    const stored = await selectIdentityDocuments(trx, party);
    const plan = planListReplacement(
      stored.map((row) => row.id),
      items.map((item) => ({
        id: item.id,
        kind: item.kind,
        number: item.number,
        issuingCountry: item.issuingCountry ?? null,
        issuedOn: item.issuedOn ?? null,
        validUntil: item.validUntil ?? null,
      })),
    );
    if (!plan.ok) return plan;
    await writeIdentityDocuments(trx, party, plan.value, { at: new Date(now().epochMilliseconds), newId });
    return ok(await selectIdentityDocuments(trx, party));
  },
});
