import type { AccountFactListItem } from '@utilis/domain';
import { defineCommand } from '../../commands/index.ts';
import { toAccountProtection } from './account-fact-dto.ts';
import { findAccountFactList } from './find-account-fact-list.ts';
import {
  type FactListReplacement,
  type FactListReplacementError,
  replaceAccountFactList,
} from './replace-account-fact-list.ts';

const listed = (items: readonly AccountFactListItem<'protection'>[]) => ({ items: items.map(toAccountProtection) });

/**
 * Sets the protected and vulnerable periods; two periods of one status cannot share a day. The
 * stored entries are never changed: what differs is recorded as new dated entries of the account's
 * fact log, with who and why.
 */
export const replaceAccountProtections = defineCommand<
  FactListReplacement<'protection'>,
  AccountFactListItem<'protection'>[],
  FactListReplacementError
>({
  name: 'account.protections.replace',
  entity: 'account',
  permission: 'accounts.edit',
  entityId: ({ accountId }) => accountId,
  before: async ({ trx, tenant }, { accountId, branches }) => {
    const items = await findAccountFactList(trx, { tenantId: tenant.id, accountId, branches }, 'protection');
    return items ? listed(items) : null;
  },
  audited: listed,
  execute: (context, replacement) => replaceAccountFactList(context, 'protection', replacement),
});
