import type { Account } from '@utilis/contracts';
import type { AccountRow } from './account.tables.ts';

// customers/overview still imports these from here; account.sql.ts is where they live.
export { inBranches, selectAccounts } from './account.sql.ts';

export type AccountWithParty = AccountRow & { partyDisplayName: string };

/** The API shape of an account. */
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
