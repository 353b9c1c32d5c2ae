import { base, en, en_GB, Faker, fr, ru } from '@faker-js/faker';
import type { CreateParty, CreateTenant, Tenant } from '@utilis/contracts';
import type { Kysely } from 'kysely';
import { Temporal } from 'temporal-polyfill';
import { uuidv7 } from 'uuidv7';
import type { ProgressListener } from '../cli/progress-reporter.ts';
import { runCommand, systemOrigin } from '../commands/index.ts';
import { createParty, openAccount } from '../customers/index.ts';
import type { Database } from '../db/index.ts';
import type { UseCaseDeps } from '../deps.ts';
import { createTenant, createTenantGroup } from '../tenants/index.ts';
import { type DemoHome, type DemoService, type DemoStreet, meterSerials, seedHomes } from './seed-homes.ts';

/** The tenant the demo logins work in. */
export const mainDemoTenantCode = 'demo-water';

const demoGroup = { code: 'demo-group', name: 'Riverside Utilities Group' };

interface DemoTenant {
  tenant: Omit<CreateTenant, 'groupId'>;
  isInGroup: boolean;
  faker: Faker;
  /** Its share of the demo's party count. */
  share: number;
  /** Flats per building for the first `inBuildings` share of its customers; the rest live in houses. */
  unitsPerBuilding: number;
  inBuildings: number;
  services: DemoService[];
  street: (faker: Faker) => DemoStreet;
  unitLabel: (unit: number) => string;
}

const waterMeter = (serialPrefix: string) => ({ kind: 'water_cold', unit: 'm3', digits: 5, serialPrefix }) as const;

const demoTenants: DemoTenant[] = [
  {
    tenant: {
      code: mainDemoTenantCode,
      name: 'Riverside Water',
      country: 'GB',
      currency: 'GBP',
      locale: 'en-GB',
      timeZone: 'Europe/London',
    },
    isInGroup: true,
    faker: new Faker({ locale: [en_GB, en, base] }),
    share: 1,
    unitsPerBuilding: 12,
    inBuildings: 0.6,
    services: [{ kind: 'water', meter: waterMeter('RW') }, { kind: 'sewage' }],
    street: (faker) => ({
      city: 'Riverside',
      postalCode: `RV${faker.number.int({ min: 1, max: 9 })} ${faker.number.int({ min: 1, max: 9 })}AB`,
      country: 'GB',
      streetName: () => faker.location.street(),
      latitudes: { min: 51.3, max: 51.7 },
      longitudes: { min: -0.5, max: 0.2 },
    }),
    unitLabel: (unit) => `Flat ${unit}`,
  },
  {
    tenant: {
      code: 'demo-water-fr',
      name: 'Eaux du Lac',
      country: 'FR',
      currency: 'EUR',
      locale: 'fr-FR',
      timeZone: 'Europe/Paris',
    },
    isInGroup: false,
    faker: new Faker({ locale: [fr, en, base] }),
    share: 0.1,
    unitsPerBuilding: 8,
    inBuildings: 0.5,
    services: [{ kind: 'water', meter: waterMeter('EL') }, { kind: 'sewage' }],
    street: (faker) => ({
      city: 'Annecy',
      postalCode: '74000',
      country: 'FR',
      streetName: () => faker.location.street(),
      latitudes: { min: 45.87, max: 45.93 },
      longitudes: { min: 6.09, max: 6.16 },
    }),
    unitLabel: (unit) => `Appartement ${unit}`,
  },
  // A housing management company: one payment document for several providers' services.
  {
    tenant: {
      code: 'demo-housing-ru',
      name: 'УК «Заречье»',
      country: 'RU',
      currency: 'RUB',
      locale: 'ru-RU',
      timeZone: 'Europe/Moscow',
    },
    isInGroup: true,
    faker: new Faker({ locale: [ru, en, base] }),
    share: 0.06,
    unitsPerBuilding: 40,
    inBuildings: 1,
    services: [
      { kind: 'maintenance', provider: 'УК «Заречье»' },
      { kind: 'water', provider: 'АО «Водоканал»', meter: waterMeter('CW') },
      {
        kind: 'hot_water',
        provider: 'ПАО «Теплосеть»',
        meter: { kind: 'water_hot', unit: 'm3', digits: 5, serialPrefix: 'HW' },
      },
      { kind: 'heating', provider: 'ПАО «Теплосеть»' },
      {
        kind: 'electricity',
        provider: 'АО «Энергосбыт»',
        meter: { kind: 'electricity', unit: 'kWh', digits: 6, serialPrefix: 'EM' },
      },
      { kind: 'waste', provider: 'ООО «Региональный оператор ТКО»' },
    ],
    street: (faker) => ({
      city: 'Заречный',
      postalCode: '442960',
      country: 'RU',
      streetName: () => `ул. ${faker.location.street()}`,
      latitudes: { min: 53.18, max: 53.22 },
      longitudes: { min: 45.15, max: 45.22 },
    }),
    unitLabel: (unit) => `кв. ${unit}`,
  },
];

/**
 * Seeds the demo utilities through the same use cases the API runs, so the demo shows what
 * real input produces. Seeding an already seeded database changes nothing.
 */
export async function seedDemo(
  db: Kysely<Database>,
  { partyCount, onProgress }: { partyCount: number; onProgress: ProgressListener },
): Promise<string> {
  const deps: UseCaseDeps = { db, now: () => Temporal.Now.instant(), newId: uuidv7 };
  const lines: string[] = [];
  const deployment = { tenant: null, origin: systemOrigin('utilis demo') };
  const group = await runCommand(deps, deployment, createTenantGroup, demoGroup);
  for (const demo of demoTenants) {
    const groupId = demo.isInGroup && group.ok === true ? group.value.id : null;
    const created = await runCommand(deps, deployment, createTenant, { ...demo.tenant, groupId });
    if (created.ok !== true) {
      lines.push(`${demo.tenant.name} (${demo.tenant.code}) is already seeded`);
      continue;
    }
    const count = Math.max(1, Math.round(partyCount * demo.share));
    demo.faker.seed(2026);
    const homes = await seedCustomers(deps, created.value, { count, faker: demo.faker, onProgress });
    const inBuildings = Math.round(homes.length * demo.inBuildings);
    const step = `Housing ${demo.tenant.code}`;
    onProgress(step, 0, homes.length);
    const shared = {
      services: demo.services,
      street: demo.street(demo.faker),
      faker: demo.faker,
      nextSerial: meterSerials(),
    };
    await seedHomes(deps, created.value, {
      ...shared,
      homes: homes.slice(0, inBuildings),
      unitsPerBuilding: demo.unitsPerBuilding,
      unitLabel: demo.unitLabel,
    });
    onProgress(step, inBuildings, homes.length);
    await seedHomes(deps, created.value, {
      ...shared,
      homes: homes.slice(inBuildings),
      unitsPerBuilding: 1,
      unitLabel: demo.unitLabel,
    });
    onProgress(step, homes.length, homes.length);
    lines.push(
      `${demo.tenant.name} (${demo.tenant.code}): ${count} parties with one account each, housed with ` +
        `${demo.services.map((service) => service.kind).join(', ')}, meters and agreements`,
    );
  }
  return lines.join('\n');
}

async function seedCustomers(
  deps: UseCaseDeps,
  tenant: Tenant,
  { count, faker, onProgress }: { count: number; faker: Faker; onProgress: ProgressListener },
): Promise<DemoHome[]> {
  const step = `Seeding ${tenant.code}`;
  const scope = { tenant, origin: systemOrigin('utilis demo') };
  const homes: DemoHome[] = [];
  onProgress(step, 0, count);
  for (let index = 1; index <= count; index++) {
    const created = await runCommand(deps, scope, createParty, demoParty(faker, index));
    if (created.ok !== true) throw new Error(`Demo party ${index} failed: ${JSON.stringify(created)}`);
    const party = created.value;
    const opened = faker.date.between({ from: '2015-01-01', to: '2026-06-30' }).toISOString().slice(0, 10);
    const account = await runCommand(deps, scope, openAccount, {
      account: { partyId: party.id, openedOn: opened, branchCode: branchOf(index) },
      branches: null,
    });
    if (account.ok !== true)
      throw new Error(`Demo account for ${party.displayName} failed: ${JSON.stringify(account)}`);
    homes.push({ accountId: account.value.id, movedInOn: opened });
    if (index % 50 === 0 || index === count) onProgress(step, index, count);
  }
  return homes;
}

// Two offices, so a cashier limited to the centre sees only its accounts.
const branchOf = (index: number) => (index % 3 === 0 ? 'north' : 'centre');

// One customer in twelve is a business: shops, schools, farms.
function demoParty(faker: Faker, index: number): CreateParty {
  const contact = {
    email: faker.internet.email().toLowerCase(),
    phone: faker.phone.number({ style: 'international' }),
  };
  if (index % 12 === 0) {
    return { kind: 'organisation', organisationName: faker.company.name(), ...contact };
  }
  return { kind: 'person', givenName: faker.person.firstName(), familyName: faker.person.lastName(), ...contact };
}
