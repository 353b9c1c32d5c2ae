import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import copyStreams from 'pg-copy-streams';
import type { SyntheticCustomer } from './synthetic-customers.ts';

// COPY text escapes: backslash, tab and newline; \N is null.
const field = (value: string | null) =>
  value === null ? '\\N' : value.replaceAll('\\', '\\\\').replaceAll('\t', '\\t').replaceAll('\n', '\\n');
const copyLine = (values: (string | null)[]) => `${values.map(field).join('\t')}\n`;
const uuid = (kind: number, index: number) =>
  `00000000-0000-7000-8${kind.toString(16).padStart(3, '0')}-${index.toString(16).padStart(12, '0')}`;

/**
 * The same rows written by raw COPY straight into the tables the import fills (party, account,
 * premise, service point, agreement, meter, installation, install reading) for another tenant:
 * the least any loader could take on this database, timed in the same run as the import.
 */
export async function timeCopyBaseline(
  owner: pg.Client,
  { tenantId, rows }: { tenantId: string; rows: readonly SyntheticCustomer[] },
): Promise<{ seconds: number; tableRows: number }> {
  const now = new Date().toISOString();
  const tables: Record<string, string[]> = {
    'party (tenant_id, id, reference, kind, display_name, given_name, family_name, email, phone, preferred_locale)': [],
    'account (tenant_id, id, account_number, party_id, currency, status, opened_on, branch_code)': [],
    'premise (tenant_id, id, reference, parent_premise_id, address_line1, city, postal_code, country)': [],
    'service_point (tenant_id, id, premise_id, kind, created_at)': [],
    'agreement (tenant_id, id, service_point_id, account_id, start_on)': [],
    'meter (tenant_id, id, serial, kind, unit, digits, multiplier, status)': [],
    'meter_installation (tenant_id, id, meter_id, service_point_id, installed_on, install_reading)': [],
    'meter_reading (tenant_id, id, meter_id, read_on, value, source)': [],
  };
  const [party, account, premise, servicePoint, agreement, meter, installation, reading] = Object.values(tables) as [
    string[],
    string[],
    string[],
    string[],
    string[],
    string[],
    string[],
    string[],
  ];
  for (const row of rows) {
    const i = row.index;
    const parent = row.parentPremiseReference ? uuid(3, i - (i % 10)) : null;
    party.push(
      copyLine([
        tenantId,
        uuid(1, i),
        row.partyReference,
        'person',
        `${row.givenName} ${row.familyName}`,
        row.givenName,
        row.familyName,
        row.email,
        row.phone,
        row.locale,
      ]),
    );
    account.push(
      copyLine([tenantId, uuid(2, i), row.accountNumber, uuid(1, i), 'EUR', 'active', row.openedOn, row.branch]),
    );
    premise.push(
      copyLine([tenantId, uuid(3, i), row.premiseReference, parent, row.addressLine1, row.city, row.postalCode, 'FR']),
    );
    servicePoint.push(copyLine([tenantId, uuid(4, i), uuid(3, i), 'water', now]));
    agreement.push(copyLine([tenantId, uuid(5, i), uuid(4, i), uuid(2, i), row.openedOn]));
    meter.push(copyLine([tenantId, uuid(6, i), row.meterSerial, 'water_cold', 'm3', '5', '1', 'installed']));
    installation.push(copyLine([tenantId, uuid(7, i), uuid(6, i), uuid(4, i), row.installedOn, row.installReading]));
    reading.push(copyLine([tenantId, uuid(8, i), uuid(6, i), row.installedOn, row.installReading, 'install']));
  }
  const started = performance.now();
  await owner.query('begin');
  for (const [table, lines] of Object.entries(tables)) {
    await pipeline(
      Readable.from([Buffer.from(lines.join(''))]),
      owner.query(copyStreams.from(`copy ${table} from stdin`)),
    );
  }
  await owner.query('commit');
  return { seconds: (performance.now() - started) / 1000, tableRows: rows.length * Object.keys(tables).length };
}
