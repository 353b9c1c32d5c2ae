import type { SearchHit } from '@utilis/contracts';
import { type RawBuilder, sql } from 'kysely';
import { withTenant } from '../db/index.ts';
import type { UseCaseDeps } from '../deps.ts';
import { containsPattern } from '../http/page-cursor.ts';

// Search reads the parties' and accounts' tables directly: it is a read-only index over other
// contexts' rows, and each query below must match its trigram index (migration 0006) exactly.
// Premise addresses and meter serials join later as two more candidate queries of the same shape.

/** Trigrams need three characters; shorter text (a two-character Chinese given name) is matched as a substring. */
const shortestTrigramText = 3;
/** Word similarity a name must reach: one transposed letter in a six-letter surname still passes. */
const nameWordSimilarityThreshold = 0.5;
/** Names rank below exact identifiers and phone matches: their best score is this. */
const nameScoreCeiling = 0.7;

interface HitRow {
  kind: SearchHit['kind'];
  id: string;
  party: string;
  label: string;
  detail: string | null;
  score: number;
}

/**
 * The parties and accounts of a tenant matching one text box, best first: an exact account
 * number or e-mail scores 1, phone digit matches next, then names by trigram word similarity
 * (any script) or, for text too short for trigrams, by substring. Accounts outside `branches`
 * (null: all branches) are never returned.
 */
export async function findSearchHits(
  { db }: Pick<UseCaseDeps, 'db'>,
  {
    tenantId,
    text,
    limit,
    branches,
  }: { tenantId: string; text: string; limit: number; branches: ReadonlySet<string> | null },
): Promise<SearchHit[]> {
  const query = text.trim();
  if (query === '') return [];
  const digits = query.replace(/\D/g, '');
  const isPhoneLike = /^[\d\s()+\-./]+$/.test(query) && digits.length >= shortestTrigramText;
  // Names hold letters and no digits or @: e-mails and account numbers skip the (costlier) name search.
  const isNameLike = /\p{L}/u.test(query) && !/[\d@]/.test(query);

  const rows = await withTenant(db, tenantId, async (trx) => {
    const found: HitRow[] = [];
    const run = async (candidates: RawBuilder<HitRow>) => found.push(...(await candidates.execute(trx)).rows);
    await run(accountNumberHits(query, limit, branches));
    if (query.includes('@')) await run(emailHits(query, limit));
    if (isPhoneLike) await run(phoneHits(digits, limit));
    if (isNameLike) await run(nameHits(query, limit));
    return found;
  });

  const best = new Map<string, HitRow>();
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

const inBranches = (branches: ReadonlySet<string> | null): RawBuilder<unknown> =>
  branches === null ? sql`true` : branches.size === 0 ? sql`false` : sql`a.branch_code in (${sql.join([...branches])})`;

/**
 * The number as typed or in capitals scores 1 (the unique B-tree finds it); without one, a prefix
 * scores 0.85 and elsewhere in the number 0.75 (trigrams; numbers share their prefix, so it is slower).
 */
function accountNumberHits(query: string, limit: number, branches: ReadonlySet<string> | null): RawBuilder<HitRow> {
  const lowered = query.toLowerCase();
  const select = (score: RawBuilder<unknown>, match: RawBuilder<unknown>) => sql<HitRow>`
    select 'account' as kind, a.id, a.party_id as party, a.account_number as label, p.display_name as detail,
      ${score}::float8 as score
    from account a
    join party p on p.tenant_id = a.tenant_id and p.id = a.party_id
    where ${match} and ${inBranches(branches)}
    order by score desc, a.account_number
    limit ${limit}`;
  const exact = select(sql`1.0`, sql`a.account_number in (${query}, ${query.toUpperCase()})`);
  // Short text would match thousands of numbers by substring: only the exact number then.
  if (query.length < shortestTrigramText) return exact;
  const partial = select(
    sql`case when lower(a.account_number) like ${`${lowered.replace(/[\\%_]/g, '\\$&')}%`} then 0.85 else 0.75 end`,
    sql`lower(a.account_number) like ${containsPattern(lowered)}`,
  );
  return sql<HitRow>`
    with exact as (${exact})
    select * from exact
    union all
    (select * from (${partial}) as partial where not exists (select from exact))`;
}

/** Exact e-mail (any case) scores 1 (B-tree); without one, part of an address scores 0.65 (trigrams). */
function emailHits(query: string, limit: number): RawBuilder<HitRow> {
  const lowered = query.toLowerCase();
  return sql<HitRow>`
    with exact as (
      select 'party' as kind, p.id, p.id as party, p.display_name as label, p.email as detail, 1.0::float8 as score
      from party p
      where lower(p.email) = ${lowered}
      limit ${limit})
    select * from exact
    union all
    (select 'party' as kind, p.id, p.id as party, p.display_name as label, p.email as detail, 0.65::float8 as score
     from party p
     where lower(p.email) like ${containsPattern(lowered)} and not exists (select from exact)
     order by p.display_name
     limit ${limit})`;
}

/** The same digits score 0.95, the last digits of the number 0.85 (what people read out), any part 0.8. */
function phoneHits(digits: string, limit: number): RawBuilder<HitRow> {
  return sql<HitRow>`
    select 'party' as kind, p.id, p.id as party, p.display_name as label, p.phone as detail,
      (case when regexp_replace(p.phone, '[^0-9]', '', 'g') = ${digits} then 0.95
            when regexp_replace(p.phone, '[^0-9]', '', 'g') like ${`%${digits}`} then 0.85
            else 0.8 end)::float8 as score
    from party p
    where regexp_replace(p.phone, '[^0-9]', '', 'g') like ${`%${digits}%`}
    order by score desc, p.display_name
    limit ${limit}`;
}

/**
 * Names by trigram word similarity, so a surname alone, a misspelling or another word order
 * still matches; text shorter than a trigram (小明) falls back to a substring, a prefix first.
 */
function nameHits(query: string, limit: number): RawBuilder<HitRow> {
  const lowered = query.toLowerCase();
  const prefix = `${lowered.replace(/[\\%_]/g, '\\$&')}%`;
  if ([...query].length < shortestTrigramText) {
    return sql<HitRow>`
      select 'party' as kind, p.id, p.id as party, p.display_name as label, coalesce(p.email, p.phone) as detail,
        (${nameScoreCeiling} * case when lower(p.display_name) like ${prefix} then 0.8 else 0.6 end)::float8 as score
      from party p
      where lower(p.display_name) like ${containsPattern(lowered)}
      order by score desc, p.display_name
      limit ${limit}`;
  }
  // The `limit` nearest names by word distance, straight off the GiST index, then only the close
  // enough: a threshold inside the scan would make a rare name walk most of the index.
  return sql<HitRow>`
    select kind, id, party, label, detail, (${nameScoreCeiling} * similarity)::float8 as score from (
      select 'party' as kind, p.id, p.id as party, p.display_name as label, coalesce(p.email, p.phone) as detail,
        word_similarity(${lowered}, lower(p.display_name)) as similarity
      from party p
      order by ${lowered} <<-> lower(p.display_name)
      limit ${limit}) as nearest
    where similarity >= ${nameWordSimilarityThreshold}`;
}
