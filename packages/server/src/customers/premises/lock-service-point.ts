import type { ServiceKind } from '@utilis/contracts';
import type { Transaction } from 'kysely';
import type { Database } from '../../db/index.ts';

/**
 * Locks a service point for the rest of the caller's transaction and says what service it
 * delivers; undefined when the tenant has none. Metering holds this lock while it decides what
 * hangs there (service point first, then meters), so two clerks cannot both fill one register.
 */
export const lockServicePoint = (
  trx: Transaction<Database>,
  { tenantId, servicePointId }: { tenantId: string; servicePointId: string },
): Promise<{ id: string; kind: ServiceKind } | undefined> =>
  trx
    .selectFrom('servicePoint')
    .select(['id', 'kind'])
    .where('tenantId', '=', tenantId)
    .where('id', '=', servicePointId)
    .forUpdate()
    .executeTakeFirst();
