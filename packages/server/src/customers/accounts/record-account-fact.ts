import type { RecordAccountFact } from '@utilis/contracts';
import { decideFactValue, fail, type NewAccountFactEntry, ok, unreachable } from '@utilis/domain';
import { defineCommand } from '../../commands/index.ts';
import { lockAccount } from './account.sql.ts';
import { type AccountFactRow, insertAccountFacts } from './account-fact.sql.ts';
import { toAccountFactEntryRecord } from './account-fact-dto.ts';

export interface AccountFactRecording {
  readonly accountId: string;
  /** The branches the caller's accounts.edit is limited to; null when held tenant-wide. */
  readonly branches: ReadonlySet<string> | null;
  readonly fact: RecordAccountFact;
}

/**
 * Records a value of the whole account (its area, its dwellings) from a day on, or until a day:
 * a new entry of the fact log that supersedes earlier ones over those days; null says the value
 * is not known there. Nothing recorded before is changed.
 */
export const recordAccountFact = defineCommand<AccountFactRecording, AccountFactRow, 'account_not_found'>({
  name: 'account.fact.record',
  entity: 'account',
  permission: 'accounts.edit',
  entityId: ({ accountId }) => accountId,
  audited: toAccountFactEntryRecord,
  execute: async ({ trx, tenant, origin, now, newId }, { accountId, branches, fact }) => {
    const account = { tenantId: tenant.id, accountId, branches };
    if (!(await lockAccount(trx, account, 'update'))) return fail('account_not_found');
    const [recorded] = await insertAccountFacts(trx, {
      ...account,
      entries: [entryOf(accountId, fact)],
      recordedAt: new Date(now().epochMilliseconds),
      recordedBy: origin.actor,
      reason: fact.reason ?? null,
      newId,
    });
    if (!recorded) throw new Error(`The ${fact.kind} entry of account ${accountId} was not stored`);
    return ok(recorded);
  },
});

function entryOf(accountId: string, fact: RecordAccountFact): NewAccountFactEntry {
  const period = { accountId, startOn: fact.startOn, endOn: fact.endOn ?? null };
  switch (fact.kind) {
    case 'area_m2':
      return decideFactValue('area_m2', { ...period, value: fact.areaM2 === null ? null : { areaM2: fact.areaM2 } });
    case 'dwelling_units':
      return decideFactValue('dwelling_units', {
        ...period,
        value: fact.dwellingUnits === null ? null : { dwellingUnits: fact.dwellingUnits },
      });
    default:
      return unreachable(fact);
  }
}
