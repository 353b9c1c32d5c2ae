import type { IdentityDocument, ReplaceIdentityDocuments } from '@utilis/contracts';
import { fail, ok, type Result } from '@utilis/domain';
import type { Transaction } from 'kysely';
import type { Database } from '../../db/index.ts';
import { withTenant } from '../../db/index.ts';
import type { UseCaseDeps } from '../../deps.ts';
import { planListReplacement } from '../accounts/list-replacement.ts';
import { type PartyRef, reachParty } from './reach-party.ts';

const selectDocuments = (trx: Transaction<Database>, { tenantId, partyId }: PartyRef) =>
  trx
    .selectFrom('partyIdentityDocument')
    .select(['id', 'kind', 'number', 'issuingCountry', 'issuedOn', 'validUntil', 'createdAt', 'updatedAt'])
    .where('tenantId', '=', tenantId)
    .where('partyId', '=', partyId)
    .orderBy('createdAt')
    .orderBy('id')
    .execute();

const toIdentityDocument = (row: Awaited<ReturnType<typeof selectDocuments>>[number]): IdentityDocument => ({
  ...row,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

/** The identity documents a party showed, expired ones included, in the order recorded. */
export async function listIdentityDocuments(
  { db }: Pick<UseCaseDeps, 'db'>,
  party: PartyRef,
): Promise<IdentityDocument[] | undefined> {
  return withTenant(db, party.tenantId, async (trx) => {
    if (!(await reachParty(trx, party, { lock: false }))) return undefined;
    return (await selectDocuments(trx, party)).map(toIdentityDocument);
  });
}

/** Sets a party's identity documents: sent ids are kept and changed, new ones added, the rest removed. */
export async function replaceIdentityDocuments(
  { db, now, newId }: UseCaseDeps,
  party: PartyRef,
  { items }: ReplaceIdentityDocuments,
): Promise<Result<IdentityDocument[], 'party_not_found' | 'validation_failed'>> {
  const updatedAt = new Date(now().epochMilliseconds);
  const documents = items.map((item) => ({
    id: item.id,
    kind: item.kind,
    number: item.number,
    issuingCountry: item.issuingCountry ?? null,
    issuedOn: item.issuedOn ?? null,
    validUntil: item.validUntil ?? null,
  }));
  return withTenant(db, party.tenantId, async (trx) => {
    if (!(await reachParty(trx, party, { lock: true }))) return fail('party_not_found');
    const stored = await selectDocuments(trx, party);
    const plan = planListReplacement(
      stored.map((row) => row.id),
      documents,
    );
    if (!plan.ok) return plan;
    const { tenantId, partyId } = party;
    const { changed, added, removedIds } = plan.value;
    if (removedIds.length > 0) {
      await trx
        .deleteFrom('partyIdentityDocument')
        .where('tenantId', '=', tenantId)
        .where('id', 'in', removedIds)
        .execute();
    }
    for (const { id, ...fields } of changed) {
      await trx
        .updateTable('partyIdentityDocument')
        .set({ ...fields, updatedAt })
        .where('tenantId', '=', tenantId)
        .where('id', '=', id)
        .execute();
    }
    if (added.length > 0) {
      await trx
        .insertInto('partyIdentityDocument')
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
    return ok((await selectDocuments(trx, party)).map(toIdentityDocument));
  });
}
