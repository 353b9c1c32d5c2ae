import type { Account } from '@utilis/contracts';
import type { ExpressionBuilder, Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/index.ts';
import type { AccountRow } from './account.tables.ts';

export type AccountWithParty = AccountRow & { partyDisplayName: string };

export const toAccount = (row: AccountWithParty): Account => ({
  id: row.id,
  tenantId: row.tenantId,
  accountNumber: row.accountNumber,
  partyId: row.partyId,
  partyDisplayName: row.partyDisplayName,
  name: row.name,
  branchCode: row.branchCode,
  currency: row.currency,
  status: row.status,
  openedOn: row.openedOn,
  closedOn: row.closedOn,
  billCycleCode: row.billCycleCode,
  deliveryPreference: row.deliveryPreference,
  useClass: row.useClass,
  parentAccountId: row.parentAccountId,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

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
