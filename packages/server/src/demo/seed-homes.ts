import type { Faker } from '@faker-js/faker';
import type { CreatePremise, ErrorCode, MeterKind, ServiceKind, Tenant } from '@utilis/contracts';
import { type Command, type CommandOutcome, runCommand, systemOrigin } from '../commands/index.ts';
import { addServicePoint, createPremise, recordAgreementChange } from '../customers/index.ts';
import type { UseCaseDeps } from '../deps.ts';
import { createMeter, exchangeMeter, installMeter } from '../metering/index.ts';

/** A service delivered at a home, who provides it and the meter (if any) that measures it. */
export interface DemoService {
  kind: ServiceKind;
  provider?: string;
  meter?: { kind: MeterKind; unit: string; digits: number; serialPrefix: string };
}

export interface DemoHome {
  accountId: string;
  /** The day the customer moved in: the account's opening day. */
  movedInOn: string;
}

export interface DemoStreet {
  city: string;
  postalCode: string;
  country: string;
  streetName: () => string;
  /** Where its homes lie: latitude and longitude bounds in degrees. */
  latitudes: { min: number; max: number };
  longitudes: { min: number; max: number };
}

/** Gives each new meter of a tenant the next serial number after a prefix. */
export type MeterSerials = (prefix: string) => string;

export function meterSerials(): MeterSerials {
  let last = 0;
  return (prefix) => `${prefix}${String(++last).padStart(7, '0')}`;
}

const must = <T>(outcome: CommandOutcome<T, ErrorCode>, what: string): T => {
  if (outcome.ok === true) return outcome.value;
  throw new Error(`Demo ${what} failed: ${JSON.stringify(outcome)}`);
};

/**
 * Houses customers in buildings of `unitsPerBuilding` flats (a building meter above the flats'
 * meters) or, with one unit per building, in houses. Every home gets its services, meters installed
 * on the day the customer moved in, and an agreement per service from that day. Every tenth
 * home had its water meter exchanged since, and every twenty-fifth customer has moved out.
 */
export async function seedHomes(
  deps: UseCaseDeps,
  tenant: Tenant,
  {
    homes,
    unitsPerBuilding,
    services,
    street,
    faker,
    unitLabel,
    nextSerial,
  }: {
    homes: readonly DemoHome[];
    unitsPerBuilding: number;
    services: readonly DemoService[];
    street: DemoStreet;
    faker: Faker;
    unitLabel: (unit: number) => string;
    nextSerial: MeterSerials;
  },
): Promise<void> {
  // Through the commands the API runs, so every step is on the tenant's audit trail.
  const run = <Input, Value, Code extends ErrorCode>(command: Command<Input, Value, Code>, input: Input) =>
    runCommand(deps, { tenant, origin: systemOrigin('utilis demo') }, command, input);
  const meterOf = async (meter: NonNullable<DemoService['meter']>, parentMeterId: string | null) =>
    must(
      await run(createMeter, {
        serial: nextSerial(meter.serialPrefix),
        kind: meter.kind,
        unit: meter.unit,
        digits: meter.digits,
        multiplier: '1',
        size: meter.kind.startsWith('water') ? 'DN15' : null,
        calibrationDueOn: faker.date.between({ from: '2027-01-01', to: '2031-12-31' }).toISOString().slice(0, 10),
        parentMeterId,
      }),
      'meter',
    );

  for (let first = 0; first < homes.length; first += unitsPerBuilding) {
    const residents = homes.slice(first, first + unitsPerBuilding);
    const buildingOpened = residents.reduce(
      (earliest, home) => (home.movedInOn < earliest ? home.movedInOn : earliest),
      '9999-12-31',
    );
    const address: CreatePremise = {
      addressLine1: `${faker.number.int({ min: 1, max: 240 })} ${street.streetName()}`,
      city: street.city,
      postalCode: street.postalCode,
      country: street.country,
      latitude: faker.location.latitude({ ...street.latitudes, precision: 6 }).toFixed(6),
      longitude: faker.location.longitude({ ...street.longitudes, precision: 6 }).toFixed(6),
    };
    const isBuilding = unitsPerBuilding > 1;
    const building = must(
      await run(createPremise, {
        ...address,
        districtMeteredAreaCode: `DMA-${String(1 + (first % 7)).padStart(2, '0')}`,
        ...(isBuilding ? { rooms: null, occupants: null } : { rooms: 4, occupants: 3, areaM2: '96.5' }),
      }),
      'building',
    );
    // The building meter is the master of the flats' water meters: its reading covers them all.
    const waterService = services.find((service) => service.meter?.kind === 'water_cold');
    let masterMeterId: string | null = null;
    if (isBuilding && waterService?.meter) {
      const point = must(
        await run(addServicePoint, { premiseId: building.id, kind: waterService.kind }),
        'building service point',
      );
      const master = await meterOf({ ...waterService.meter, digits: 7, serialPrefix: 'B' }, null);
      must(
        await run(installMeter, { meterId: master.id, servicePointId: point.id, on: buildingOpened, reading: '0' }),
        'building meter installation',
      );
      masterMeterId = master.id;
    }

    for (const [index, home] of residents.entries()) {
      const unit = isBuilding
        ? must(
            await run(createPremise, {
              ...address,
              addressLine2: unitLabel(index + 1),
              parentPremiseId: building.id,
              areaM2: `${faker.number.int({ min: 28, max: 110 })}.${faker.number.int({ min: 0, max: 9 })}`,
              rooms: faker.number.int({ min: 1, max: 4 }),
              occupants: faker.number.int({ min: 1, max: 5 }),
            }),
            'flat',
          )
        : building;
      const homeNumber = first + index + 1;
      for (const service of services) {
        const point = must(await run(addServicePoint, { premiseId: unit.id, kind: service.kind }), 'service point');
        const readings = [];
        if (service.meter) {
          const meter = await meterOf(service.meter, service.meter.kind === 'water_cold' ? masterMeterId : null);
          must(
            await run(installMeter, { meterId: meter.id, servicePointId: point.id, on: home.movedInOn, reading: '0' }),
            'meter installation',
          );
          readings.push({ register: meter.serial, value: '0' });
          if (homeNumber % 10 === 0 && home.movedInOn < '2024-01-01') {
            const replacement = await meterOf(service.meter, meter.parentMeterId);
            must(
              await run(exchangeMeter, {
                meterId: meter.id,
                on: '2024-03-14',
                removalReading: String(faker.number.int({ min: 150, max: 900 })),
                newMeterId: replacement.id,
                installReading: '0',
              }),
              'meter exchange',
            );
          }
        }
        must(
          await run(recordAgreementChange, {
            servicePointId: point.id,
            operation: {
              kind: 'move_in',
              accountId: home.accountId,
              on: home.movedInOn,
              provider: service.provider ?? null,
              readings,
            },
            branches: null,
          }),
          'move-in',
        );
        if (homeNumber % 25 === 0) {
          must(
            await run(recordAgreementChange, {
              servicePointId: point.id,
              operation: { kind: 'move_out', on: '2026-10-31', readings: [] },
              branches: null,
            }),
            'move-out',
          );
        }
      }
    }
  }
}
