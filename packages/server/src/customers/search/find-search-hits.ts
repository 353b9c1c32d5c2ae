import type { SearchHit } from '@utilis/contracts';
import { type RawBuilder, sql, type Transaction } from 'kysely';
import type { Database } from '../../db/index.ts';
import { accountNumberHits } from './account-number-hits.ts';
import { emailHits, phoneHits } from './contact-hits.ts';
import { customFieldSearchHits } from './custom-field-search-hits.ts';
import { meterHits } from './meter-hits.ts';
import { correctionSimilarityThreshold, nameHits } from './name-hits.ts';
import { premiseHits } from './premise-hits.ts';
import type { SearchHitRow } from './search-hit-row.ts';
import { searchWordsOf } from './search-words.ts';

// Each query must match its index (migrations 0006, 0008 and 0010) exactly. Meters are the
// metering context's: it finds them by serial, and search names where they hang.

/** Phone fragments shorter than this would match most numbers. */
const shortestPhoneDigits = 3;
/** Digits alone are searched as an address only when they could be a postal code or a house number. */
const longestAddressDigits = 6;

/**
 * The parties, accounts, premises, meters and custom field values of a tenant matching one text
 * box, best first: exact account numbers, e-mails and meter serials score 1, then partial account
 * numbers, phone digits, partial serials, names, addresses and custom field values (scores in
 * search-scores.ts). Accounts outside `branches` (null: all branches) are never returned, nor
 * named as the holder of a premise or meter. Runs in the caller's read transaction, bound to the
 * tenant, whose planner settings it changes for the rest of that transaction.
 */
export async function findSearchHits(
  trx: Transaction<Database>,
  { text, limit, branches }: { text: string; limit: number; branches: ReadonlySet<string> | null },
): Promise<SearchHit[]> {
  const query = text.trim();
  if (query === '') return [];
  const digits = query.replace(/\D/g, '');
  const isPhoneLike = /^[\d\s()+\-./]+$/.test(query) && digits.length >= shortestPhoneDigits;
  const hasLetter = /\p{L}/u.test(query);
  // Names hold letters and no digits or @: e-mails and account numbers skip the name search.
  const isNameLike = hasLetter && !/[\d@]/.test(query);
  const isAddressLike = !query.includes('@') && (hasLetter || digits.length <= longestAddressDigits);
  const words = searchWordsOf(query);

  // Every query below stops at `limit` rows off an index: starting parallel workers would cost
  // more than the query itself (tens of milliseconds on a busy two-core server).
  await sql`
    select set_config('max_parallel_workers_per_gather', '0', true),
      set_config('pg_trgm.similarity_threshold', ${String(correctionSimilarityThreshold)}, true)`.execute(trx);
  // The identifier lookups are independent: one round trip for all of them.
  const identifiers: RawBuilder<SearchHitRow>[] = [accountNumberHits(query, limit, branches)];
  if (query.includes('@')) identifiers.push(emailHits(query, limit));
  if (isPhoneLike) identifiers.push(phoneHits(digits, limit));
  const rows = (
    await sql<SearchHitRow>`${sql.join(
      identifiers.map((each) => sql`(${each})`),
      sql` union all `,
    )}`.execute(trx)
  ).rows;
  rows.push(...(await meterHits(trx, query, limit, branches)));
  if (isNameLike && words.length > 0) rows.push(...(await nameHits(trx, words, limit)));
  if (isAddressLike && words.length > 0) rows.push(...(await premiseHits(trx, words, limit, branches)));
  rows.push(...(await customFieldSearchHits(trx, query, limit, branches)));

  const best = new Map<string, SearchHitRow>();
  for (const row of rows) {
    const key = `${row.kind}:${row.id}`;
    const earlier = best.get(key);
    if (earlier === undefined || row.score > earlier.score) best.set(key, row);
  }
  return [...best.values()]
    .sort((a, b) => b.score - a.score || a.label.localeCompare(b.label) || a.id.localeCompare(b.id))
    .slice(0, limit)
    .map((row) => ({
      kind: row.kind,
      id: row.id,
      partyId: row.party,
      label: row.label,
      detail: row.detail,
      score: Math.min(1, Math.max(0, Math.round(row.score * 1000) / 1000)),
    }));
}
