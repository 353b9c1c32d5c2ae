import type { AccountFactEntry, AccountFactKind, NewAccountFactEntry } from '@utilis/domain';
import type { Selectable, Transaction } from 'kysely';
import type { AuditActor } from '../../audit/index.ts';
import type { Database } from '../../db/index.ts';
import type { AccountFactTable } from './account.tables.ts';

export type AccountFactRow = Selectable<AccountFactTable>;

/** A stored entry as the domain reads it: its range half-open, as stored. */
export const toAccountFactEntry = (row: AccountFactRow): AccountFactEntry =>
  ({
    kind: row.kind,
    subjectId: row.subjectId,
    value: row.value,
    range: { from: row.effectiveFrom, to: row.effectiveTo },
    position: row.position,
    recordedAt: row.recordedAt.toISOString(),
  }) as AccountFactEntry;

/**
 * Appends entries to an account's fact log, in the order given (their positions follow it), and
 * returns them as stored. The only write there is: the application may not update or delete one.
 */
export async function insertAccountFacts(
  trx: Transaction<Database>,
  {
    tenantId,
    accountId,
    entries,
    recordedAt,
    recordedBy,
    reason,
    newId,
  }: {
    tenantId: string;
    accountId: string;
    entries: readonly NewAccountFactEntry[];
    recordedAt: Date;
    recordedBy: AuditActor;
    reason: string | null;
    newId: () => string;
  },
): Promise<AccountFactRow[]> {
  if (entries.length === 0) return [];
  return trx
    .insertInto('accountFact')
    .values(
      entries.map((entry) => ({
        tenantId,
        id: newId(),
        accountId,
        kind: entry.kind,
        subjectId: entry.subjectId,
        // SQL null, not JSON null, where nothing holds.
        value: entry.value === null ? null : JSON.stringify(entry.value),
        effectiveFrom: entry.range.from,
        effectiveTo: entry.range.to,
        recordedAt,
        recordedByKind: recordedBy.kind,
        recordedById: recordedBy.id,
        recordedByLabel: recordedBy.label,
        reason,
      })),
    )
    .returningAll()
    .execute();
}

/** Every entry of an account's log (of some kinds), in recording order. */
export const selectAccountFacts = (
  trx: Transaction<Database>,
  { tenantId, accountId, kinds }: { tenantId: string; accountId: string; kinds?: readonly AccountFactKind[] },
) =>
  trx
    .selectFrom('accountFact')
    .selectAll()
    .where('tenantId', '=', tenantId)
    .where('accountId', '=', accountId)
    .$if(kinds !== undefined, (query) => query.where('kind', 'in', kinds ?? []))
    .orderBy('position')
    .execute();

/** A page of an account's log, latest recorded first, before a position. */
export const selectAccountFactPage = (
  trx: Transaction<Database>,
  {
    tenantId,
    accountId,
    kind,
    limit,
    beforePosition,
  }: {
    tenantId: string;
    accountId: string;
    kind?: AccountFactKind | undefined;
    limit: number;
    beforePosition?: bigint;
  },
) =>
  trx
    .selectFrom('accountFact')
    .selectAll()
    .where('tenantId', '=', tenantId)
    .where('accountId', '=', accountId)
    .$if(kind !== undefined, (query) => query.where('kind', '=', kind as AccountFactKind))
    .$if(beforePosition !== undefined, (query) => query.where('position', '<', beforePosition as bigint))
    .orderBy('position', 'desc')
    .limit(limit + 1)
    .execute();

/**
 * "As of day D, as known at instant T" in one query: of each subject's entries covering D
 * (recorded by T), the one recorded last. An entry saying nothing holds still wins its subject,
 * so a removal or a shortened period hides what an earlier entry said.
 */
export const selectLatestAccountFactsOn = (
  trx: Transaction<Database>,
  {
    tenantId,
    accountId,
    date,
    knownAt,
  }: { tenantId: string; accountId: string; date: string; knownAt?: Date | undefined },
) =>
  trx
    .selectFrom('accountFact')
    .selectAll()
    .distinctOn(['kind', 'subjectId'])
    .where('tenantId', '=', tenantId)
    .where('accountId', '=', accountId)
    .where('effectiveFrom', '<=', date)
    .where((eb) => eb.or([eb('effectiveTo', 'is', null), eb('effectiveTo', '>', date)]))
    .$if(knownAt !== undefined, (query) => query.where('recordedAt', '<=', knownAt as Date))
    .orderBy('kind')
    .orderBy('subjectId')
    .orderBy('position', 'desc')
    .execute();
