import type { Tenant } from '@utilis/contracts';
import {
  type AccountNumberPattern,
  defaultPartyReferencePattern,
  formatAccountNumber,
  parseAccountNumberPattern,
  type Result,
} from '@utilis/domain';
import type { Transaction } from 'kysely';
import type { Database } from '../../db/index.ts';
import { nextInSequence } from '../../tenants/index.ts';
import { isPartyReferenceTaken } from './party.sql.ts';

/** The tenant counter customer numbers are drawn from. */
export const partyReferenceSequence = 'party_reference';

/** A tenant as customer numbering needs it: its own pattern, where it set one. */
export type NumberingTenant = Pick<Tenant, 'id'> & { readonly partyReferencePattern?: string | null | undefined };

/** The tenant's customer numbering: its own pattern when it set one (validated on the way in), else the built-in one. */
export function partyReferencePatternOf(text: string | null | undefined): AccountNumberPattern {
  const parsed = parseAccountNumberPattern(text ?? defaultPartyReferencePattern);
  if (!parsed.ok) throw new Error(`Stored customer number pattern ${text} is invalid: ${parsed.detail}`);
  return parsed.value;
}

/**
 * The next free customer number from the tenant's counter. The counter row stays locked until
 * the caller's transaction ends, so simultaneous creations take consecutive numbers and a
 * rolled-back one gives its number back; a number someone typed in by hand is skipped.
 */
export async function nextPartyReference(
  trx: Transaction<Database>,
  tenant: NumberingTenant,
): Promise<Result<string, 'account_numbers_exhausted'>> {
  const pattern = partyReferencePatternOf(tenant.partyReferencePattern);
  for (;;) {
    const candidate = formatAccountNumber(pattern, await nextInSequence(trx, tenant.id, partyReferenceSequence));
    if (!candidate.ok) {
      return { ...candidate, detail: `The customer number pattern has no numbers left: ${candidate.detail}` };
    }
    if (!(await isPartyReferenceTaken(trx, { tenantId: tenant.id, reference: candidate.value }))) return candidate;
  }
}
