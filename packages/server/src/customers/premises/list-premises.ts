import type { Transaction } from 'kysely';
import type { Database } from '../../db/index.ts';
import { pageFrom } from '../../http/page-cursor.ts';
import { selectPremisePage } from './premise.sql.ts';
import type { PremiseRow } from './premise.tables.ts';

/** Newest first; text matches the address lines, the city, the postal code or the reference. */
export async function listPremises(
  trx: Transaction<Database>,
  filter: {
    tenantId: string;
    limit: number;
    beforeId?: string | undefined;
    text?: string | undefined;
    parentPremiseId?: string | undefined;
  },
): Promise<{ items: PremiseRow[]; nextCursor: string | null }> {
  const rows = await selectPremisePage(trx, filter);
  return pageFrom(rows, { limit: filter.limit, toItem: (row) => row, keyOf: (row) => row.id });
}
