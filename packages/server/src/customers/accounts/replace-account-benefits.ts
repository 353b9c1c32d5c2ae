import type { AccountFactListItem } from '@utilis/domain';
import { defineCommand } from '../../commands/index.ts';
import { toAccountBenefit } from './account-fact-dto.ts';
import { findAccountFactList } from './find-account-fact-list.ts';
import {
  type FactListReplacement,
  type FactListReplacementError,
  replaceAccountFactList,
} from './replace-account-fact-list.ts';

const listed = (items: readonly AccountFactListItem<'benefit'>[]) => ({ items: items.map(toAccountBenefit) });

/**
 * Sets the benefit entitlements; one benefit cannot be granted twice on a day. The stored entries
 * are never changed: what differs is recorded as new dated entries of the account's fact log, with
 * who and why.
 */
export const replaceAccountBenefits = defineCommand<
  FactListReplacement<'benefit'>,
  AccountFactListItem<'benefit'>[],
  FactListReplacementError
>({
  name: 'account.benefits.replace',
  entity: 'account',
  permission: 'accounts.edit',
  entityId: ({ accountId }) => accountId,
  before: async ({ trx, tenant }, { accountId, branches }) => {
    const items = await findAccountFactList(trx, { tenantId: tenant.id, accountId, branches }, 'benefit');
    return items ? listed(items) : null;
  },
  audited: listed,
  execute: (context, replacement) => replaceAccountFactList(context, 'benefit', replacement),
});
