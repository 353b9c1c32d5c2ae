import type { Meter, MeterStatus } from '@utilis/contracts';
import { withTenant } from '../db/index.ts';
import type { UseCaseDeps } from '../deps.ts';
import { containsPattern, pageFrom } from '../http/page-cursor.ts';
import { toMeter } from './meter-dto.ts';
import { selectMeters } from './select-meters.ts';

/** Newest first; text matches the serial anywhere (the trigram index on lower(serial) answers it). */
export async function listMeters(
  { db }: Pick<UseCaseDeps, 'db'>,
  filter: {
    tenantId: string;
    limit: number;
    beforeId?: string;
    text?: string;
    status?: MeterStatus;
    servicePointId?: string;
    parentMeterId?: string;
  },
): Promise<{ items: Meter[]; nextCursor: string | null }> {
  const { tenantId, limit, beforeId, text, status, servicePointId, parentMeterId } = filter;
  const rows = await withTenant(db, tenantId, (trx) => {
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
    return query.execute();
  });
  return pageFrom(rows, { limit, toItem: toMeter, keyOf: (row) => row.id });
}
