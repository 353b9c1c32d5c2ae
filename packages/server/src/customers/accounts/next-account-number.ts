import {
  type AccountNumberPattern,
  defaultAccountNumberPattern,
  formatAccountNumber,
  parseAccountNumberPattern,
  type Result,
} from '@utilis/domain';
import type { Transaction } from 'kysely';
import type { Database } from '../../db/index.ts';
import { nextInSequence } from '../../tenants/index.ts';

/** The tenant's numbering; its own pattern when it set one (validated on the way in). */
export function accountNumberPatternOf(text: string | null): AccountNumberPattern {
  const parsed = parseAccountNumberPattern(text ?? defaultAccountNumberPattern);
  if (!parsed.ok) throw new Error(`Stored account number pattern ${text} is invalid: ${parsed.detail}`);
  return parsed.value;
}

/**
 * The next free number from the tenant's counter. The counter row stays locked until the
 * caller's transaction ends, so simultaneous openings get different numbers; numbers typed in
 * by hand may already hold a generated value, so those are skipped.
 */
export async function nextAccountNumber(
  trx: Transaction<Database>,
  tenantId: string,
  pattern: AccountNumberPattern,
): Promise<Result<string, 'account_numbers_exhausted'>> {
  for (;;) {
    const candidate = formatAccountNumber(pattern, await nextInSequence(trx, tenantId, 'account_number'));
    if (!candidate.ok) return candidate;
    const taken = await trx
      .selectFrom('account')
      .select('id')
      .where('tenantId', '=', tenantId)
      .where('accountNumber', '=', candidate.value)
      .executeTakeFirst();
    if (!taken) return candidate;
  }
}
