import type { SearchHit } from '@utilis/contracts';
import { type RawBuilder, sql } from 'kysely';

/** One candidate as each kind's query returns it, before the best of each are merged. */
export interface SearchHitRow {
  kind: SearchHit['kind'];
  id: string;
  party: string | null;
  label: string;
  detail: string | null;
  score: number;
}

/** Accounts outside `branches` (null: all branches) are never returned, nor named as a holder. */
export const accountInBranches = (alias: string, branches: ReadonlySet<string> | null): RawBuilder<unknown> =>
  branches === null
    ? sql`true`
    : branches.size === 0
      ? sql`false`
      : sql`${sql.ref(`${alias}.branch_code`)} in (${sql.join([...branches])})`;

/**
 * The party holding the running agreement (end_on null) at a service point, through an account the
 * caller may see: a lateral subquery yielding party_id and display_name, or no row. The agreement is
 * taken newest first by start date, which the B-tree (service point, start) returns in order: the
 * planner otherwise picks the exclusion constraint's GiST index, hundreds of times slower here.
 */
export const holderAt = (servicePointId: RawBuilder<unknown>, branches: ReadonlySet<string> | null) => sql`
  select a.party_id, p.display_name
  from (
    select ag.tenant_id, ag.account_id
    from agreement ag
    where ag.service_point_id = ${servicePointId} and ag.end_on is null
    order by ag.start_on desc
    limit 1) as running
  join account a on a.tenant_id = running.tenant_id and a.id = running.account_id
  join party p on p.tenant_id = a.tenant_id and p.id = a.party_id
  where ${accountInBranches('a', branches)}`;

/** The same for a premise: the holder at the first of its service points that has one. */
export const holderAtPremise = (premiseId: RawBuilder<unknown>, branches: ReadonlySet<string> | null) => sql`
  select holder.party_id, holder.display_name
  from service_point sp
  cross join lateral (${holderAt(sql`sp.id`, branches)}) as holder
  where sp.premise_id = ${premiseId}
  order by sp.kind
  limit 1`;

/** LIKE patterns for text at the start or the end, its wildcards taken literally (see containsPattern). */
export const startsWithPattern = (text: string): string => `${escapeLike(text)}%`;
export const endsWithPattern = (text: string): string => `%${escapeLike(text)}`;
const escapeLike = (text: string) => text.replace(/[\\%_]/g, '\\$&');
