import type { MeterStatus } from '@utilis/contracts';
import type { Transaction } from 'kysely';
import type { Database } from '../db/index.ts';
import { containsPattern, pageFrom } from '../http/page-cursor.ts';
import { type HangingMeterRow, selectMeters } from './meter.sql.ts';

/** Newest first; text matches the serial anywhere (the trigram index on lower(serial) answers it). */
export async function listMeters(
  trx: Transaction<Database>,
  filter: {
    tenantId: string;
    limit: number;
    beforeId?: string | undefined;
    text?: string | undefined;
    status?: MeterStatus | undefined;
    servicePointId?: string | undefined;
    parentMeterId?: string | undefined;
  },
): Promise<{ items: HangingMeterRow[]; nextCursor: string | null }> {
  const { tenantId, limit, beforeId, text, status, servicePointId, parentMeterId } = filter;
  let query = selectMeters(trx, tenantId)
    .orderBy('meter.id', 'desc')
    .limit(limit + 1);
  if (beforeId !== undefined) query = query.where('meter.id', '<', beforeId);
  if (status !== undefined) query = query.where('meter.status', '=', status);
  if (parentMeterId !== undefined) query = query.where('meter.parentMeterId', '=', parentMeterId);
  if (servicePointId !== undefined) {
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('meterInstallation as there')
          .select('there.id')
          .whereRef('there.tenantId', '=', 'meter.tenantId')
          .whereRef('there.meterId', '=', 'meter.id')
          .where('there.servicePointId', '=', servicePointId),
      ),
    );
  }
  if (text) {
    query = query.where((eb) => eb(eb.fn('lower', ['meter.serial']), 'like', containsPattern(text.toLowerCase())));
  }
  return pageFrom(await query.execute(), { limit, toItem: (row) => row, keyOf: (row) => row.id });
}
