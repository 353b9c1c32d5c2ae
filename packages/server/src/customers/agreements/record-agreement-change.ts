import type { AgreementChange, MoveReading, Tenant } from '@utilis/contracts';
import { type AgreementOperation, decideAgreementChange, fail, ok, type Result, todayIn } from '@utilis/domain';
import type { Transaction } from 'kysely';
import { type Database, withTenant } from '../../db/index.ts';
import type { UseCaseDeps } from '../../deps.ts';
import { recordMoveReadings } from '../../metering/index.ts';
import { toAgreement } from './agreement-dto.ts';

export type AgreementChangeCommand = AgreementOperation & {
  readonly pricePlanId?: string | null;
  readonly provider?: string | null;
  readonly readings: readonly MoveReading[];
};

type ChangeError =
  | 'permission_denied'
  | 'service_point_not_found'
  | 'account_not_found'
  | 'price_plan_not_found'
  | 'agreement_overlaps'
  | 'move_out_before_move_in'
  | 'service_point_vacant'
  | 'account_closed'
  | 'agreement_before_account_opened';

/**
 * A move-in, move-out or transfer at a service point, in one transaction. The service point's
 * row lock serialises changes to its agreements, so two clerks cannot both move someone in.
 * The leaving account is marked for a final bill; the readings given are kept with the change.
 */
export async function recordAgreementChange(
  { db, now, newId }: UseCaseDeps,
  {
    tenant,
    servicePointId,
    command,
    branches,
  }: {
    tenant: Pick<Tenant, 'id' | 'timeZone'>;
    servicePointId: string;
    command: AgreementChangeCommand;
    /** The branches the caller's accounts.edit is limited to; null when held tenant-wide. */
    branches: ReadonlySet<string> | null;
  },
): Promise<Result<AgreementChange, ChangeError>> {
  const instant = now();
  const at = new Date(instant.epochMilliseconds);
  const tenantId = tenant.id;
  // A branch-limited clerk moves in and out only accounts of their branches.
  const accountInBranches = (trx: Transaction<Database>, accountId: string) =>
    trx
      .selectFrom('account')
      .select(['id', 'status', 'openedOn', 'closedOn'])
      .where('tenantId', '=', tenantId)
      .where('id', '=', accountId)
      .$if(branches !== null, (query) =>
        query.where((eb) => (branches?.size ? eb('branchCode', 'in', [...branches]) : eb.lit(false))),
      )
      // Held until commit: the account cannot be closed under an agreement being started on it.
      .forShare()
      .executeTakeFirst();
  const isInBranches = async (trx: Transaction<Database>, accountId: string) =>
    (await accountInBranches(trx, accountId)) !== undefined;
  return withTenant(db, tenantId, async (trx) => {
    const servicePoint = await trx
      .selectFrom('servicePoint')
      .select('id')
      .where('tenantId', '=', tenantId)
      .where('id', '=', servicePointId)
      .forUpdate()
      .executeTakeFirst();
    if (!servicePoint) return fail('service_point_not_found');
    let incoming: Awaited<ReturnType<typeof accountInBranches>>;
    if (command.kind !== 'move_out') {
      incoming = await accountInBranches(trx, command.accountId);
      if (!incoming) return fail('account_not_found');
      if (incoming.status === 'closed') {
        return fail('account_closed', `The account was closed on ${incoming.closedOn}`);
      }
      if (command.pricePlanId) {
        const plan = await trx
          .selectFrom('pricePlan')
          .select('id')
          .where('tenantId', '=', tenantId)
          .where('id', '=', command.pricePlanId)
          .executeTakeFirst();
        if (!plan) return fail('price_plan_not_found');
      }
    }
    const existing = await trx
      .selectFrom('agreement')
      .select(['id', 'accountId', 'startOn', 'endOn'])
      .where('tenantId', '=', tenantId)
      .where('servicePointId', '=', servicePointId)
      .execute();
    const decided = decideAgreementChange(existing, command);
    if (!decided.ok) return decided;
    const { ended, started } = decided.value;
    if (started && incoming && started.startOn < incoming.openedOn) {
      return fail(
        'agreement_before_account_opened',
        `The agreement would start on ${started.startOn}; the account opened on ${incoming.openedOn}`,
      );
    }
    if (ended && !(await isInBranches(trx, ended.accountId))) {
      return fail('permission_denied', 'The account moving out belongs to a branch outside your access');
    }

    const endedRow = ended
      ? await trx
          .updateTable('agreement')
          .set({
            endOn: ended.endOn,
            finalBillRequestedOn: todayIn({ instant, timeZone: tenant.timeZone }).toString(),
            updatedAt: at,
          })
          .where('tenantId', '=', tenantId)
          .where('id', '=', ended.id)
          .returningAll()
          .executeTakeFirstOrThrow()
      : undefined;
    const startedRow = started
      ? await trx
          .insertInto('agreement')
          .values({
            tenantId,
            id: newId(),
            servicePointId,
            accountId: started.accountId,
            pricePlanId: command.pricePlanId ?? null,
            provider: command.provider ?? null,
            startOn: started.startOn,
            endOn: null,
            finalBillRequestedOn: null,
            createdAt: at,
            updatedAt: at,
          })
          .returningAll()
          .executeTakeFirstOrThrow()
      : undefined;
    const change = await trx
      .insertInto('agreementChange')
      .values({
        tenantId,
        id: newId(),
        servicePointId,
        kind: command.kind,
        changedOn: command.on,
        endedAgreementId: endedRow?.id ?? null,
        startedAgreementId: startedRow?.id ?? null,
        readings: JSON.stringify(command.readings),
        createdAt: at,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    // Readings of a meter installed here that day also become that meter's readings.
    await recordMoveReadings(trx, { tenantId, servicePointId, on: command.on, readings: command.readings, at, newId });
    return ok({
      id: change.id,
      tenantId,
      servicePointId,
      kind: change.kind,
      changedOn: change.changedOn,
      endedAgreement: endedRow ? toAgreement(endedRow) : null,
      startedAgreement: startedRow ? toAgreement(startedRow) : null,
      readings: change.readings,
      createdAt: change.createdAt.toISOString(),
    });
  });
}
