import type { CreateParty } from '@utilis/contracts';
import { displayName, fail, ok } from '@utilis/domain';
import { defineCommand } from '../../commands/index.ts';
import { nextPartyReference } from './next-party-reference.ts';
import { insertParty } from './party.sql.ts';
import type { PartyRow } from './party.tables.ts';
import { toParty } from './party-dto.ts';

/**
 * Records a person or an organisation. Every party has a customer number: the one given, or
 * the tenant's next one, so exports name each party and re-import it to the same party.
 */
export const createParty = defineCommand<CreateParty, PartyRow, 'party_reference_taken' | 'account_numbers_exhausted'>({
  name: 'party.create',
  entity: 'party',
  permission: 'parties.edit',
  audited: (party) => toParty(party),
  execute: async ({ trx, tenant, now, newId }, input) => {
    const reference = input.reference ? ok(input.reference) : await nextPartyReference(trx, tenant);
    if (!reference.ok) return reference;
    const createdAt = new Date(now().epochMilliseconds);
    const names =
      input.kind === 'person'
        ? { givenName: input.givenName, middleName: input.middleName ?? null, familyName: input.familyName }
        : { organisationName: input.organisationName, registrationNumber: input.registrationNumber ?? null };
    const party = await insertParty(trx, {
      tenantId: tenant.id,
      id: newId(),
      kind: input.kind,
      reference: reference.value,
      displayName: displayName(input, tenant.locale),
      ...names,
      email: input.email ?? null,
      phone: input.phone ?? null,
      preferredLocale: input.preferredLocale ?? null,
      preferredChannel: input.preferredChannel ?? null,
      createdAt,
      updatedAt: createdAt,
    });
    return party ? ok(party) : referenceTaken(reference.value);
  },
});

export const referenceTaken = (reference: string | null | undefined) =>
  fail('party_reference_taken', `Another party of this tenant has the reference ${reference}`);
