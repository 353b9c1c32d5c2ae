import type { Transaction } from 'kysely';
import type { Database } from '../db/index.ts';

/** Meters with the service point each hangs at now (null when not installed). */
export const selectMeters = (trx: Transaction<Database>, tenantId: string) =>
  trx
    .selectFrom('meter')
    .leftJoin('meterInstallation as hanging', (join) =>
      join
        .onRef('hanging.tenantId', '=', 'meter.tenantId')
        .onRef('hanging.meterId', '=', 'meter.id')
        .on('hanging.removedOn', 'is', null),
    )
    .selectAll('meter')
    .select('hanging.servicePointId')
    .where('meter.tenantId', '=', tenantId);
