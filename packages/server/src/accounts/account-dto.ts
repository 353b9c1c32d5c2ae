import type { Account } from '@utilis/contracts';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/index.ts';
import type { AccountRow } from './account.tables.ts';

export type AccountWithParty = AccountRow & { partyDisplayName: string };

export const toAccount = (row: AccountWithParty): Account => ({
  id: row.id,
  tenantId: row.tenantId,
  accountNumber: row.accountNumber,
  partyId: row.partyId,
  partyDisplayName: row.partyDisplayName,
  name: row.name,
  currency: row.currency,
  status: row.status,
  openedOn: row.openedOn,
  closedOn: row.closedOn,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

/** Accounts of one tenant with their holder's display name, for lists and detail pages. */
export const selectAccounts = (db: Kysely<Database> | Transaction<Database>, tenantId: string) =>
  db
    .selectFrom('account')
    .innerJoin('party', (join) =>
      join.onRef('party.tenantId', '=', 'account.tenantId').onRef('party.id', '=', 'account.partyId'),
    )
    .selectAll('account')
    .select('party.displayName as partyDisplayName')
    .where('account.tenantId', '=', tenantId);
