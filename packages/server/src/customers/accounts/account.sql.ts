import type { ExpressionBuilder, Insertable, Kysely, Transaction, Updateable } from 'kysely';
import type { Database } from '../../db/index.ts';
import type { AccountTable } from './account.tables.ts';

/**
 * Accounts of one tenant with their holder's display name, for lists and detail pages;
 * only those of the given branches when the caller's access is limited to some.
 */
export const selectAccounts = (
  db: Kysely<Database> | Transaction<Database>,
  tenantId: string,
  branches: ReadonlySet<string> | null = null,
) =>
  db
    .selectFrom('account')
    .innerJoin('party', (join) =>
      join.onRef('party.tenantId', '=', 'account.tenantId').onRef('party.id', '=', 'account.partyId'),
    )
    .selectAll('account')
    .select('party.displayName as partyDisplayName')
    .where('account.tenantId', '=', tenantId)
    .$if(branches !== null, (query) => query.where(inBranches('account.branchCode', branches)));

/** A filter keeping rows of the given branches; none at all when the set is empty. */
export const inBranches =
  (column: 'account.branchCode' | 'branchCode', branches: ReadonlySet<string> | null) =>
  (eb: ExpressionBuilder<Database, 'account'>) =>
    branches === null ? eb.lit(true) : branches.size === 0 ? eb.lit(false) : eb(column, 'in', [...branches]);

/** One account with its holder's name, as lists show it. */
export const selectAccount = (
  trx: Transaction<Database>,
  { tenantId, accountId }: { tenantId: string; accountId: string },
) => selectAccounts(trx, tenantId).where('account.id', '=', accountId).executeTakeFirstOrThrow();

/** Stores a new account; undefined when its number is taken (the unique index settles a race). */
export const insertAccount = (trx: Transaction<Database>, account: Insertable<AccountTable>) =>
  trx
    .insertInto('account')
    .values(account)
    .onConflict((conflict) => conflict.columns(['tenantId', 'accountNumber']).doNothing())
    .returning('id')
    .executeTakeFirst();

export type AccountRef = { tenantId: string; accountId: string; branches: ReadonlySet<string> | null };

/**
 * The account if the caller may reach it, its row locked until the transaction ends because a
 * decision depends on it: `update` while the account itself changes (two edits are checked one
 * after the other), `share` while something is started on it (it cannot be closed meanwhile).
 */
export const lockAccount = (
  trx: Transaction<Database>,
  { tenantId, accountId, branches }: AccountRef,
  lock: 'update' | 'share',
) => {
  const query = trx
    .selectFrom('account')
    .select(['id', 'status', 'openedOn', 'closedOn'])
    .where('tenantId', '=', tenantId)
    .where('id', '=', accountId)
    .where(inBranches('branchCode', branches));
  return (lock === 'update' ? query.forUpdate() : query.forShare()).executeTakeFirst();
};

/** Changes the fields an account edit names. */
export const updateAccountRow = (
  trx: Transaction<Database>,
  { tenantId, accountId }: { tenantId: string; accountId: string },
  changes: Updateable<AccountTable>,
) => trx.updateTable('account').set(changes).where('tenantId', '=', tenantId).where('id', '=', accountId).execute();
