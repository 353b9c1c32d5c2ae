// COPYs the synthetic tenant into PostgreSQL: per party one account, one premise with a water
// service point and a running agreement, and a meter installed there; plus vacant premises with no
// agreement. The COPY is timed alone: it is the same-run yardstick of the search figures.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import copyStreams from 'pg-copy-streams';
import { accountNumberOf, type SyntheticParty, seededRandom, syntheticParty } from './synthetic-parties.ts';
import { type SyntheticPremise, syntheticPremise } from './synthetic-premises.ts';

export interface SampledParty {
  readonly index: number;
  readonly party: SyntheticParty;
  readonly premise: SyntheticPremise;
  readonly meterSerial: string;
}

export interface LoadedTenant {
  readonly sample: readonly SampledParty[];
  readonly rowCounts: Record<string, number>;
  readonly payloadBytes: number;
  readonly copySeconds: number;
}

/** One vacant premise (no agreement) for every this many parties. */
const partiesPerVacantPremise = 50;

const idOf = (group: string) => (index: number) =>
  `00000000-0000-7000-${group}-${index.toString(16).padStart(12, '0')}`;
export const partyId = idOf('8000');
export const accountId = idOf('9000');
export const premiseId = idOf('a000');
const servicePointId = idOf('b000');
const agreementId = idOf('c000');
export const meterId = idOf('d000');
const installationId = idOf('e000');

/** Serials in the shapes of three makers, unique by the party's number. */
export const meterSerialOf = (index: number) =>
  `${['ZN', 'WM', 'SE'][index % 3]}${2015 + (index % 10)}-${String(index + 1).padStart(7, '0')}`;

interface Table {
  readonly copy: string;
  readonly lines: string[];
}

export async function loadSyntheticTenant(
  owner: pg.Client,
  {
    tenantId,
    partyCount,
    seed,
    sampleCount,
  }: { tenantId: string; partyCount: number; seed: number; sampleCount: number },
): Promise<LoadedTenant> {
  const random = seededRandom(seed);
  const sampleEvery = Math.floor(partyCount / sampleCount);
  const sample: SampledParty[] = [];
  const tables = {
    party: table('party (tenant_id, id, kind, display_name, given_name, middle_name, family_name, email, phone)'),
    account: table('account (tenant_id, id, account_number, party_id, currency, status, opened_on)'),
    premise: table('premise (tenant_id, id, address_line1, city, postal_code, country)'),
    service_point: table('service_point (tenant_id, id, premise_id, kind)'),
    agreement: table('agreement (tenant_id, id, service_point_id, account_id, start_on)'),
    meter: table('meter (tenant_id, id, serial, kind, unit, digits, status)'),
    meter_installation: table(
      'meter_installation (tenant_id, id, meter_id, service_point_id, installed_on, install_reading)',
    ),
  };
  let vacantPremises = 0;
  for (let index = 0; index < partyCount; index++) {
    const party = syntheticParty(random, index);
    const premise = syntheticPremise(random, party.script);
    if (index % sampleEvery === 0) sample.push({ index, party, premise, meterSerial: meterSerialOf(index) });
    tables.party.lines.push(
      row(
        tenantId,
        partyId(index),
        'person',
        party.displayName,
        party.givenName,
        party.middleName,
        party.familyName,
        party.email,
        party.phone,
      ),
    );
    tables.account.lines.push(
      row(tenantId, accountId(index), accountNumberOf(index), partyId(index), 'EUR', 'active', '2025-01-01'),
    );
    tables.premise.lines.push(
      row(tenantId, premiseId(index), premise.addressLine1, premise.city, premise.postalCode, premise.country),
    );
    tables.service_point.lines.push(row(tenantId, servicePointId(index), premiseId(index), 'water'));
    tables.agreement.lines.push(
      row(tenantId, agreementId(index), servicePointId(index), accountId(index), '2025-01-01'),
    );
    tables.meter.lines.push(row(tenantId, meterId(index), meterSerialOf(index), 'water_cold', 'm3', '5', 'installed'));
    tables.meter_installation.lines.push(
      row(tenantId, installationId(index), meterId(index), servicePointId(index), '2025-01-01', '0'),
    );
    if (index % partiesPerVacantPremise === 0) {
      const vacant = syntheticPremise(random, party.script);
      const vacantIndex = partyCount + vacantPremises++;
      tables.premise.lines.push(
        row(tenantId, premiseId(vacantIndex), vacant.addressLine1, vacant.city, vacant.postalCode, vacant.country),
      );
    }
  }

  const chunked = Object.entries(tables).map(([name, { copy, lines }]) => ({
    name,
    copy,
    rows: lines.length,
    chunks: toChunks(lines),
  }));
  for (const { lines } of Object.values(tables)) lines.length = 0;
  const payloadBytes = chunked.reduce(
    (bytes, { chunks }) => bytes + chunks.reduce((sum, chunk) => sum + chunk.length, 0),
    0,
  );

  const started = performance.now();
  for (const { copy, chunks } of chunked) {
    await pipeline(Readable.from(chunks), owner.query(copyStreams.from(`copy ${copy} from stdin`)));
  }
  const copySeconds = (performance.now() - started) / 1000;
  return {
    sample,
    rowCounts: Object.fromEntries(chunked.map(({ name, rows }) => [name, rows])),
    payloadBytes,
    copySeconds,
  };
}

function table(copy: string): Table {
  return { copy, lines: [] };
}

/** One COPY text line: tabs between fields, \N for null (the generated text holds no tabs or backslashes). */
function row(...fields: (string | null)[]): string {
  return fields.map((field) => field ?? '\\N').join('\t');
}

function toChunks(lines: readonly string[], linesPerChunk = 10_000): Buffer[] {
  const chunks: Buffer[] = [];
  for (let first = 0; first < lines.length; first += linesPerChunk) {
    chunks.push(Buffer.from(`${lines.slice(first, first + linesPerChunk).join('\n')}\n`));
  }
  return chunks;
}
