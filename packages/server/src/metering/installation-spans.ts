import type { InstallationSpan } from '@utilis/domain';
import type { Transaction } from 'kysely';
import type { Database } from '../db/index.ts';

/**
 * The installations the decision about these meters at this service point depends on: every
 * installation of the meters and every installation at the service point, each in the register
 * of its meter's kind. Callers hold the row locks (service point first, then meters by id), so
 * two clerks cannot both fill one register or hang one meter twice.
 */
export async function loadInstallationSpans(
  trx: Transaction<Database>,
  { tenantId, servicePointId, meterIds }: { tenantId: string; servicePointId: string | null; meterIds: string[] },
): Promise<InstallationSpan[]> {
  const rows = await trx
    .selectFrom('meterInstallation')
    .innerJoin('meter', (join) =>
      join
        .onRef('meter.tenantId', '=', 'meterInstallation.tenantId')
        .onRef('meter.id', '=', 'meterInstallation.meterId'),
    )
    .select([
      'meterInstallation.id',
      'meterInstallation.meterId',
      'meterInstallation.servicePointId',
      'meter.kind as register',
      'meterInstallation.installedOn',
      'meterInstallation.removedOn',
    ])
    .where('meterInstallation.tenantId', '=', tenantId)
    .where((eb) =>
      eb.or([
        eb('meterInstallation.meterId', 'in', meterIds),
        ...(servicePointId === null ? [] : [eb('meterInstallation.servicePointId', '=', servicePointId)]),
      ]),
    )
    .orderBy('meterInstallation.installedOn')
    .execute();
  return rows;
}

/** Locks a service point row for the rest of the transaction; undefined when there is none. */
export const lockServicePoint = (trx: Transaction<Database>, tenantId: string, servicePointId: string) =>
  trx
    .selectFrom('servicePoint')
    .select(['id', 'kind'])
    .where('tenantId', '=', tenantId)
    .where('id', '=', servicePointId)
    .forUpdate()
    .executeTakeFirst();

/** Locks meter rows in id order (one order everywhere: no deadlock between two exchanges). */
export const lockMeters = (trx: Transaction<Database>, tenantId: string, meterIds: string[]) =>
  trx
    .selectFrom('meter')
    .select(['id', 'kind', 'status', 'digits'])
    .where('tenantId', '=', tenantId)
    .where('id', 'in', meterIds)
    .orderBy('id')
    .forUpdate()
    .execute();
