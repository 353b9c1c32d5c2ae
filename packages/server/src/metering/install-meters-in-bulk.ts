import { sql, type Transaction } from 'kysely';
import type { Database } from '../db/index.ts';

/** One installation the caller has decided (`decideInstallation`), with the reading the register showed. */
export interface DecidedInstallation {
  readonly installationId: string;
  readonly readingId: string;
  readonly meterId: string;
  readonly servicePointId: string;
  /** YYYY-MM-DD */
  readonly on: string;
  /** Exact decimal text. */
  readonly reading: string;
}

/**
 * Hangs meters at service points as installMeter does one: the installation, its install reading
 * and the meter's status, three statements for the whole batch. Nothing is skipped: a clash the
 * caller could not see fails the statement. Returns how many installations were written.
 */
export async function installMetersInBulk(
  trx: Transaction<Database>,
  { tenantId, installations, at }: { tenantId: string; installations: readonly DecidedInstallation[]; at: Date },
): Promise<number> {
  if (installations.length === 0) return 0;
  const column = <Key extends keyof DecidedInstallation>(key: Key) =>
    installations.map((installation) => installation[key]);
  const installed = await sql<{ meterId: string }>`
    insert into meter_installation (tenant_id, id, meter_id, service_point_id, installed_on, install_reading)
    select ${tenantId}::uuid, t.id, t.meter_id, t.service_point_id, t.installed_on, t.install_reading
    from unnest(
      ${column('installationId')}::uuid[],
      ${column('meterId')}::uuid[],
      ${column('servicePointId')}::uuid[],
      ${column('on')}::date[],
      ${column('reading')}::numeric[]
    ) as t(id, meter_id, service_point_id, installed_on, install_reading)
    returning meter_id`.execute(trx);
  await sql`
    insert into meter_reading (tenant_id, id, meter_id, read_on, value, source, created_at)
    select ${tenantId}::uuid, t.id, t.meter_id, t.read_on, t.value, 'install', ${at}::timestamptz
    from unnest(
      ${column('readingId')}::uuid[],
      ${column('meterId')}::uuid[],
      ${column('on')}::date[],
      ${column('reading')}::numeric[]
    ) as t(id, meter_id, read_on, value)`.execute(trx);
  await sql`
    update meter set status = 'installed', updated_at = ${at}::timestamptz
    where tenant_id = ${tenantId} and id = any(${column('meterId')}::uuid[]) and status <> 'installed'`.execute(trx);
  return installed.rows.length;
}
