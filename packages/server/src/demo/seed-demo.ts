import { base, en, en_GB, Faker, fr } from '@faker-js/faker';
import type { CreateParty, CreateTenant, Tenant } from '@utilis/contracts';
import type { Kysely } from 'kysely';
import { Temporal } from 'temporal-polyfill';
import { uuidv7 } from 'uuidv7';
import { openAccount } from '../accounts/index.ts';
import type { ProgressListener } from '../cli/progress-reporter.ts';
import type { Database } from '../db/index.ts';
import type { UseCaseDeps } from '../deps.ts';
import { createParty } from '../parties/index.ts';
import { createTenant } from '../tenants/index.ts';

/** The tenant the demo logins work in. */
export const mainDemoTenantCode = 'demo-water';

const demoTenants: { tenant: CreateTenant; faker: Faker; share: number }[] = [
  {
    tenant: {
      code: mainDemoTenantCode,
      name: 'Riverside Water',
      country: 'GB',
      currency: 'GBP',
      locale: 'en-GB',
      timeZone: 'Europe/London',
    },
    faker: new Faker({ locale: [en_GB, en, base] }),
    share: 1,
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
    faker: new Faker({ locale: [fr, en, base] }),
    share: 0.1,
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
  for (const { tenant: input, faker, share } of demoTenants) {
    const created = await createTenant(deps, input);
    if (!created.ok) {
      lines.push(`${input.name} (${input.code}) is already seeded`);
      continue;
    }
    const count = Math.max(1, Math.round(partyCount * share));
    faker.seed(2026);
    await seedCustomers(deps, created.value, { count, faker, onProgress });
    lines.push(`${input.name} (${input.code}): ${count} parties with one account each`);
  }
  return lines.join('\n');
}

async function seedCustomers(
  deps: UseCaseDeps,
  tenant: Tenant,
  { count, faker, onProgress }: { count: number; faker: Faker; onProgress: ProgressListener },
): Promise<void> {
  const step = `Seeding ${tenant.code}`;
  onProgress(step, 0, count);
  for (let index = 1; index <= count; index++) {
    const party = await createParty(deps, tenant, demoParty(faker, index));
    const opened = faker.date.between({ from: '2015-01-01', to: '2026-06-30' }).toISOString().slice(0, 10);
    const account = await openAccount(deps, tenant, {
      partyId: party.id,
      openedOn: opened,
      branchCode: branchOf(index),
    });
    if (!account.ok) throw new Error(`Demo account for ${party.displayName} failed: ${account.code}`);
    if (index % 50 === 0 || index === count) onProgress(step, index, count);
  }
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
