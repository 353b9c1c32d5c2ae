import type { MoveReading } from '@utilis/contracts';
import { type AgreementOperation, decideAgreementChange, fail, ok, todayIn } from '@utilis/domain';
import { defineCommand } from '../../commands/index.ts';
import { recordMoveReadings } from '../../metering/index.ts';
import { findPricePlan } from '../../tariffs/index.ts';
import { lockAccount } from '../accounts/account.sql.ts';
import {
  endAgreement,
  insertAgreement,
  insertAgreementChange,
  lockServicePoint,
  selectServicePointAgreements,
} from './agreement.sql.ts';
import { type RecordedAgreementChange, toAgreementChange } from './agreement-dto.ts';

export type AgreementChangeCommand = AgreementOperation & {
  readonly pricePlanId?: string | null | undefined;
  readonly provider?: string | null | undefined;
  readonly readings: readonly MoveReading[];
};

export interface AgreementChangeRequest {
  readonly servicePointId: string;
  readonly operation: AgreementChangeCommand;
  /** The branches the caller's accounts.edit is limited to; null when held tenant-wide. */
  readonly branches: ReadonlySet<string> | null;
}

/**
 * A move-in, move-out or transfer at a service point. The service point's row lock serialises
 * changes to its agreements, so two clerks cannot both move someone in; the incoming account's
 * shared lock keeps it from being closed meanwhile. The domain decides; the leaving account is
 * marked for a final bill; the readings given are kept with the change and handed to metering.
 * Audited as agreement.move_in, agreement.move_out or agreement.transfer.
 */
export const recordAgreementChange = defineCommand<
  AgreementChangeRequest,
  RecordedAgreementChange,
  | 'permission_denied'
  | 'service_point_not_found'
  | 'account_not_found'
  | 'price_plan_not_found'
  | 'agreement_overlaps'
  | 'move_out_before_move_in'
  | 'service_point_vacant'
  | 'account_closed'
  | 'agreement_before_account_opened'
>({
  name: 'agreement.change',
  auditedAs: ({ change }) => `agreement.${change.kind}`,
  // The change is its own entity; the service point's id is in the path and the event.
  entity: 'agreement_change',
  permission: 'accounts.edit',
  entityId: (_, { change }) => change.id,
  audited: toAgreementChange,
  execute: async ({ trx, tenant, now, newId }, { servicePointId, operation, branches }) => {
    const tenantId = tenant.id;
    const instant = now();
    const at = new Date(instant.epochMilliseconds);
    // A branch-limited clerk moves in and out only accounts of their branches.
    const accountOf = (accountId: string) => lockAccount(trx, { tenantId, accountId, branches }, 'share');

    if (!(await lockServicePoint(trx, { tenantId, servicePointId }))) return fail('service_point_not_found');
    let incoming: Awaited<ReturnType<typeof accountOf>>;
    if (operation.kind !== 'move_out') {
      incoming = await accountOf(operation.accountId);
      if (!incoming) return fail('account_not_found');
      if (incoming.status === 'closed') return fail('account_closed', `The account was closed on ${incoming.closedOn}`);
      if (operation.pricePlanId && !(await findPricePlan(trx, { tenantId, planId: operation.pricePlanId }))) {
        return fail('price_plan_not_found');
      }
    }
    const existing = await selectServicePointAgreements(trx, { tenantId, servicePointId });
    const decided = decideAgreementChange(existing, operation);
    if (!decided.ok) return decided;
    const { ended, started } = decided.value;
    if (started && incoming && started.startOn < incoming.openedOn) {
      return fail(
        'agreement_before_account_opened',
        `The agreement would start on ${started.startOn}; the account opened on ${incoming.openedOn}`,
      );
    }
    if (ended && !(await accountOf(ended.accountId))) {
      return fail('permission_denied', 'The account moving out belongs to a branch outside your access');
    }

    const endedRow = ended
      ? await endAgreement(trx, {
          tenantId,
          agreementId: ended.id,
          endOn: ended.endOn,
          finalBillRequestedOn: todayIn({ instant, timeZone: tenant.timeZone }).toString(),
          updatedAt: at,
        })
      : undefined;
    const startedRow = started
      ? await insertAgreement(trx, {
          tenantId,
          id: newId(),
          servicePointId,
          accountId: started.accountId,
          pricePlanId: operation.pricePlanId ?? null,
          provider: operation.provider ?? null,
          startOn: started.startOn,
          endOn: null,
          finalBillRequestedOn: null,
          createdAt: at,
          updatedAt: at,
        })
      : undefined;
    const change = await insertAgreementChange(trx, {
      tenantId,
      id: newId(),
      servicePointId,
      kind: operation.kind,
      changedOn: operation.on,
      endedAgreementId: endedRow?.id ?? null,
      startedAgreementId: startedRow?.id ?? null,
      readings: JSON.stringify(operation.readings),
      createdAt: at,
    });
    // Readings of a meter installed here that day also become that meter's readings.
    await recordMoveReadings(trx, {
      tenantId,
      servicePointId,
      on: operation.on,
      readings: operation.readings,
      at,
      newId,
    });
    return ok({ change, ended: endedRow, started: startedRow });
  },
});
