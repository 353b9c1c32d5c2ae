import type { AccountFactListItem } from '@utilis/domain';
import { defineCommand } from '../../commands/index.ts';
import { toHouseholdPerson } from './account-fact-dto.ts';
import { findAccountFactList } from './find-account-fact-list.ts';
import {
  type FactListReplacement,
  type FactListReplacementError,
  replaceAccountFactList,
} from './replace-account-fact-list.ts';

const listed = (items: readonly AccountFactListItem<'household_person'>[]) => ({ items: items.map(toHouseholdPerson) });

/**
 * Sets the people of the household; one person (by name) cannot be counted twice on a day. The
 * stored entries are never changed: what differs is recorded as new dated entries of the account's
 * fact log, with who and why.
 */
export const replaceHouseholdPersons = defineCommand<
  FactListReplacement<'household_person'>,
  AccountFactListItem<'household_person'>[],
  FactListReplacementError
>({
  name: 'account.household.replace',
  entity: 'account',
  permission: 'accounts.edit',
  entityId: ({ accountId }) => accountId,
  before: async ({ trx, tenant }, { accountId, branches }) => {
    const items = await findAccountFactList(trx, { tenantId: tenant.id, accountId, branches }, 'household_person');
    return items ? listed(items) : null;
  },
  audited: listed,
  execute: (context, replacement) => replaceAccountFactList(context, 'household_person', replacement),
});
