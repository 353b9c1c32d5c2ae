import type {
  Account,
  AuditEvent,
  MeterExchange,
  MeterReading,
  MeterWithInstallations,
  Party,
  PremiseWithServicePoints,
  ServicePoint,
  Tenant,
} from '@utilis/contracts';
import {
  consumptionAcrossMeters,
  decideExchange,
  decideInstallation,
  decideRemoval,
  exact,
  type InstallationSpan,
} from '@utilis/domain';
import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTenant, openTestApp, type TestApp } from '../testing/test-app.ts';

// The meter registry through the API: meters hang in one place at a time, a service point
// register holds one meter a day, an exchange is one operation, and sub-meters never loop.
describe('meters API', () => {
  let testApp: TestApp;
  let tenant: Tenant;
  let serialNumber = 0;
  const base = () => `/api/v1/tenants/${tenant.id}`;
  const send = (method: 'POST' | 'PATCH' | 'GET', url: string, payload?: object) =>
    testApp.app.inject({ method, url: `${base()}${url}`, ...(payload ? { payload } : {}) });
  const expectOk = async <T>(method: 'POST' | 'PATCH' | 'GET', url: string, payload?: object, status = 200) => {
    const response = await send(method, url, payload);
    if (response.statusCode !== status) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
    return response.json<T>();
  };
  const codeOf = async (method: 'POST' | 'PATCH', url: string, payload: object) => {
    const response = await send(method, url, payload);
    return `${response.statusCode} ${response.json<{ code: string }>().code}`;
  };
  const newMeter = (fields: object = {}) =>
    expectOk<MeterWithInstallations>(
      'POST',
      '/meters',
      { serial: `WM-${++serialNumber}-${Date.now()}`, kind: 'water_cold', unit: 'm3', digits: 5, ...fields },
      201,
    );
  const freshServicePoint = async (kind = 'water') => {
    const premise = await expectOk<PremiseWithServicePoints>(
      'POST',
      '/premises',
      { addressLine1: '3 rue des Compteurs', city: 'Nantes', country: 'FR' },
      201,
    );
    return expectOk<ServicePoint>('POST', `/premises/${premise.id}/service-points`, { kind }, 201);
  };
  const install = (meterId: string, servicePointId: string, on: string, reading = '0') =>
    send('POST', `/meters/${meterId}/install`, { servicePointId, on, reading });

  beforeAll(async () => {
    testApp = await openTestApp({ now: () => Temporal.Instant.from('2026-03-31T22:30:00Z') });
    tenant = await createTestTenant(testApp.app);
  });
  afterAll(() => testApp.close());

  it('records a meter in stock with exact multiplier and calibration date, and finds it by serial substring', async () => {
    const meter = await newMeter({
      serial: 'EL-4471-AB',
      kind: 'electricity',
      unit: 'kWh',
      digits: 6,
      multiplier: '40',
      calibrationDueOn: '2030-06-30',
      size: 'CT 200/5',
    });
    expect(meter).toMatchObject({
      status: 'in_stock',
      multiplier: '40',
      calibrationDueOn: '2030-06-30',
      servicePointId: null,
      installations: [],
    });
    const found = await expectOk<{ items: { id: string }[] }>('GET', '/meters?q=4471-a&status=in_stock');
    expect(found.items.map((item) => item.id)).toEqual([meter.id]);
    const none = await expectOk<{ items: unknown[] }>('GET', '/meters?q=4471-a&status=installed');
    expect(none.items).toEqual([]);
    expect(await codeOf('POST', '/meters', { serial: 'EL-4471-AB', kind: 'gas', unit: 'm3', digits: 5 })).toBe(
      '409 meter_serial_taken',
    );
    const edited = await expectOk<MeterWithInstallations>('PATCH', `/meters/${meter.id}`, {
      calibrationDueOn: '2031-01-15',
      multiplier: '60',
    });
    expect(edited).toMatchObject({ calibrationDueOn: '2031-01-15', multiplier: '60', serial: 'EL-4471-AB' });
    const other = await newMeter();
    expect(await codeOf('PATCH', `/meters/${other.id}`, { serial: 'EL-4471-AB' })).toBe('409 meter_serial_taken');
  });

  it('lists the sub-meters of a building meter and refuses a loop of masters', async () => {
    const building = await newMeter({ size: 'DN50' });
    const riser = await newMeter({ parentMeterId: building.id });
    const flat = await newMeter({ parentMeterId: riser.id });
    const children = await expectOk<{ items: { id: string }[] }>('GET', `/meters?parentMeterId=${building.id}`);
    expect(children.items.map((item) => item.id)).toEqual([riser.id]);
    expect(await codeOf('PATCH', `/meters/${building.id}`, { parentMeterId: flat.id })).toBe(
      '422 meter_cannot_be_its_own_master',
    );
    expect(await codeOf('PATCH', `/meters/${building.id}`, { parentMeterId: building.id })).toBe(
      '422 meter_cannot_be_its_own_master',
    );
    expect(
      await codeOf('POST', '/meters', { serial: 'X-1', kind: 'gas', unit: 'm3', digits: 5, parentMeterId: tenant.id }),
    ).toBe('404 meter_not_found');
  });

  it('installs one meter per register at a service point, and a meter in one place', async () => {
    const servicePoint = await freshServicePoint();
    const cold = await newMeter();
    const installed = await expectOk<MeterWithInstallations>('POST', `/meters/${cold.id}/install`, {
      servicePointId: servicePoint.id,
      on: '2026-01-10',
      reading: '12.5',
    });
    expect(installed).toMatchObject({
      status: 'installed',
      servicePointId: servicePoint.id,
      installations: [{ installedOn: '2026-01-10', removedOn: null, installReading: '12.5', removalReading: null }],
    });
    const secondCold = await newMeter();
    expect((await install(secondCold.id, servicePoint.id, '2026-02-01')).json()).toMatchObject({
      code: 'register_already_metered',
    });
    // A hot-water meter is another register of the same service point.
    const hot = await newMeter({ kind: 'water_hot' });
    expect((await install(hot.id, servicePoint.id, '2026-02-01')).statusCode).toBe(200);
    const elsewhere = await freshServicePoint();
    expect((await install(cold.id, elsewhere.id, '2026-03-01')).json()).toMatchObject({
      code: 'meter_already_installed',
    });
    const here = await expectOk<{ items: { id: string }[] }>('GET', `/meters?servicePointId=${servicePoint.id}`);
    expect(here.items.map((item) => item.id).sort()).toEqual([cold.id, hot.id].sort());
  });

  it('refuses a meter that cannot measure the service of the service point, on install and on exchange', async () => {
    const gas = await newMeter({ kind: 'gas' });
    const water = await freshServicePoint();
    expect((await install(gas.id, water.id, '2026-01-10')).json()).toMatchObject({ code: 'meter_kind_unfit' });
    const maintenance = await freshServicePoint('maintenance');
    const cold = await newMeter();
    expect((await install(cold.id, maintenance.id, '2026-01-10')).json()).toMatchObject({ code: 'meter_kind_unfit' });
    expect((await install(cold.id, water.id, '2026-01-10')).statusCode).toBe(200);
    const exchanged = await send('POST', `/meters/${cold.id}/exchange`, {
      on: '2026-02-01',
      removalReading: '5',
      newMeterId: gas.id,
      installReading: '0',
    });
    expect(exchanged.json()).toMatchObject({ code: 'meter_kind_unfit' });
  });

  it('removes with a final reading, refusing a day before the installation and a reading the register cannot show', async () => {
    const servicePoint = await freshServicePoint();
    const meter = await newMeter({ digits: 4 });
    expect((await install(meter.id, servicePoint.id, '2026-01-10', '10000')).json()).toMatchObject({
      code: 'reading_exceeds_register',
    });
    await install(meter.id, servicePoint.id, '2026-01-10', '9990');
    expect(await codeOf('POST', `/meters/${meter.id}/remove`, { on: '2026-01-09', reading: '5' })).toBe(
      '422 meter_removed_before_installed',
    );
    expect(await codeOf('PATCH', `/meters/${meter.id}`, { status: 'retired' })).toBe('409 meter_still_installed');
    const removed = await expectOk<MeterWithInstallations>('POST', `/meters/${meter.id}/remove`, {
      on: '2026-03-01',
      reading: '7',
    });
    expect(removed).toMatchObject({
      status: 'removed',
      servicePointId: null,
      installations: [{ removedOn: '2026-03-01', removalReading: '7' }],
    });
    expect(await codeOf('POST', `/meters/${meter.id}/remove`, { on: '2026-03-02', reading: '7' })).toBe(
      '422 meter_not_installed',
    );
    // Past the rollover: 9 990 → 0 007 on four digits is 17 m³.
    const readings = await expectOk<{ items: MeterReading[] }>('GET', `/meters/${meter.id}/readings`);
    const [first, last] = readings.items;
    expect(readings.items.map((reading) => [reading.readOn, reading.value, reading.source])).toEqual([
      ['2026-01-10', '9990', 'install'],
      ['2026-03-01', '7', 'removal'],
    ]);
    const consumption = consumptionAcrossMeters([
      {
        first: exact.rational(first?.value ?? ''),
        last: exact.rational(last?.value ?? ''),
        digits: 4,
        multiplier: exact.ONE,
      },
    ]);
    expect(consumption.ok && exact.toText(consumption.value)).toBe('17');
    await expectOk('PATCH', `/meters/${meter.id}`, { status: 'retired' });
    expect((await install(meter.id, servicePoint.id, '2026-04-01')).json()).toMatchObject({ code: 'meter_retired' });
  });

  it('exchanges a meter mid-period in one operation: the old removed and the new installed the same day', async () => {
    const servicePoint = await freshServicePoint();
    const old = await newMeter();
    const fresh = await newMeter({ digits: 6, multiplier: '2' });
    await install(old.id, servicePoint.id, '2026-01-01', '500.25');
    const exchange = await expectOk<MeterExchange>('POST', `/meters/${old.id}/exchange`, {
      on: '2026-02-15',
      removalReading: '531.5',
      newMeterId: fresh.id,
      installReading: '0.5',
    });
    expect(exchange.removed).toMatchObject({
      status: 'removed',
      installations: [{ servicePointId: servicePoint.id, removedOn: '2026-02-15', removalReading: '531.5' }],
    });
    expect(exchange.installed).toMatchObject({
      status: 'installed',
      servicePointId: servicePoint.id,
      installations: [{ installedOn: '2026-02-15', installReading: '0.5', removedOn: null }],
    });
    // The period's consumption is the old meter's part plus the new meter's part times its multiplier.
    const parts = [
      { first: '500.25', last: '531.5', digits: 5, multiplier: '1' },
      { first: '0.5', last: '10.5', digits: 6, multiplier: '2' },
    ].map((part) => ({
      ...part,
      first: exact.rational(part.first),
      last: exact.rational(part.last),
      multiplier: exact.rational(part.multiplier),
    }));
    const consumption = consumptionAcrossMeters(parts);
    expect(consumption.ok && exact.toText(consumption.value)).toBe('51.25');
  });

  it('audits each meter change with the meter before and the answer after, and a refused change not at all', async () => {
    const servicePoint = await freshServicePoint();
    const old = await newMeter();
    const fresh = await newMeter();
    const installed = await expectOk<MeterWithInstallations>('POST', `/meters/${old.id}/install`, {
      servicePointId: servicePoint.id,
      on: '2026-01-01',
      reading: '5',
    });
    expect(await codeOf('POST', `/meters/${old.id}/remove`, { on: '2025-12-31', reading: '6' })).toBe(
      '422 meter_removed_before_installed',
    );
    const exchange = await expectOk<MeterExchange>('POST', `/meters/${old.id}/exchange`, {
      on: '2026-02-01',
      removalReading: '9',
      newMeterId: fresh.id,
      installReading: '0',
    });
    const events = await expectOk<{ items: AuditEvent[] }>('GET', `/audit-events?entityId=${old.id}`);
    const byAction = (action: string) => events.items.find((event) => event.action === action);
    expect(events.items.map((event) => event.action).sort()).toEqual([
      'meter.create',
      'meter.exchange',
      'meter.install',
    ]);
    expect(byAction('meter.create')).toMatchObject({ entityType: 'meter', before: null, after: old });
    expect(byAction('meter.install')).toMatchObject({ before: old, after: installed });
    expect(byAction('meter.exchange')).toMatchObject({ before: installed, after: exchange });
  });

  it('changes nothing when the exchange cannot install the new meter', async () => {
    const servicePoint = await freshServicePoint();
    const old = await newMeter();
    const busy = await newMeter();
    await install(old.id, servicePoint.id, '2026-01-01');
    await install(busy.id, (await freshServicePoint()).id, '2026-01-01');
    const payload = { on: '2026-02-01', removalReading: '40', newMeterId: busy.id, installReading: '3' };
    expect(await codeOf('POST', `/meters/${old.id}/exchange`, payload)).toBe('409 meter_already_installed');
    const after = await expectOk<MeterWithInstallations>('GET', `/meters/${old.id}`);
    expect(after).toMatchObject({ status: 'installed', installations: [{ removedOn: null }] });
    const readings = await expectOk<{ items: MeterReading[] }>('GET', `/meters/${old.id}/readings`);
    expect(readings.items.map((reading) => reading.source)).toEqual(['install']);
    expect(await codeOf('POST', `/meters/${old.id}/exchange`, { ...payload, newMeterId: old.id })).toBe(
      '409 meter_already_installed',
    );
  });

  it('lets only one of two simultaneous installs fill a register', async () => {
    const servicePoint = await freshServicePoint();
    const [a, b] = [await newMeter(), await newMeter()];
    const answers = await Promise.all([
      install(a.id, servicePoint.id, '2026-01-05'),
      install(b.id, servicePoint.id, '2026-01-05'),
    ]);
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([200, 409]);
  });

  it('stores the readings of a move as readings of the meter installed that day', async () => {
    const servicePoint = await freshServicePoint();
    const meter = await newMeter();
    await install(meter.id, servicePoint.id, '2026-01-01', '100');
    const party = await expectOk<Party>(
      'POST',
      '/parties',
      { kind: 'person', givenName: 'Anne', familyName: 'Leclerc' },
      201,
    );
    const account = await expectOk<Account>('POST', '/accounts', { partyId: party.id, openedOn: '2020-01-01' }, 201);
    await expectOk(
      'POST',
      `/service-points/${servicePoint.id}/move-in`,
      { on: '2026-02-01', accountId: account.id, readings: [{ register: 'water_cold', value: '123.4' }] },
      201,
    );
    // A register naming no meter installed here stays only with the agreement change.
    await expectOk(
      'POST',
      `/service-points/${servicePoint.id}/move-out`,
      {
        on: '2026-03-01',
        readings: [
          { register: meter.serial, value: '150' },
          { register: 'gas', value: '9' },
        ],
      },
      201,
    );
    const readings = await expectOk<{ items: MeterReading[] }>('GET', `/meters/${meter.id}/readings`);
    expect(readings.items.map((reading) => [reading.readOn, reading.value, reading.source])).toEqual([
      ['2026-01-01', '100', 'install'],
      ['2026-02-01', '123.4', 'move'],
      ['2026-03-01', '150', 'move'],
    ]);
  });

  it('keeps installations apart over any sequence of installs, removals and exchanges, as the domain decides', async () => {
    const day = (offset: number) => Temporal.PlainDate.from('2026-01-01').add({ days: offset }).toString();
    type Step =
      | { kind: 'install'; meter: number; servicePoint: number; on: string }
      | { kind: 'remove'; meter: number; on: string }
      | { kind: 'exchange'; meter: number; newMeter: number; on: string };
    const meterIndex = fc.nat(2);
    const on = fc.nat(40).map(day);
    const step: fc.Arbitrary<Step> = fc.oneof(
      fc.record({ kind: fc.constant('install' as const), meter: meterIndex, servicePoint: fc.nat(1), on }),
      fc.record({ kind: fc.constant('remove' as const), meter: meterIndex, on }),
      fc.record({ kind: fc.constant('exchange' as const), meter: meterIndex, newMeter: meterIndex, on }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 10 }), async (steps) => {
        const servicePoints = [await freshServicePoint(), await freshServicePoint()];
        const meters = [await newMeter(), await newMeter(), await newMeter({ kind: 'water_hot' })];
        const meterAt = (index: number) => meters[index] ?? meters[0];
        let timeline: InstallationSpan[] = [];
        for (const [index, each] of steps.entries()) {
          const meter = meterAt(each.meter);
          if (!meter) throw new Error('no meter');
          if (each.kind === 'install') {
            const servicePointId = servicePoints[each.servicePoint]?.id ?? '';
            const decided = decideInstallation(timeline, {
              meterId: meter.id,
              servicePointId,
              register: meter.kind,
              on: each.on,
            });
            const response = await install(meter.id, servicePointId, each.on, '1');
            expect(response.statusCode === 200, response.body).toBe(decided.ok);
            if (decided.ok) timeline = [...timeline, { id: `s${index}`, ...decided.value }];
          } else if (each.kind === 'remove') {
            const decided = decideRemoval(timeline, { meterId: meter.id, on: each.on });
            const response = await send('POST', `/meters/${meter.id}/remove`, { on: each.on, reading: '2' });
            expect(response.statusCode === 200, response.body).toBe(decided.ok);
            if (decided.ok) timeline = timeline.map((span) => (span.id === decided.value.id ? decided.value : span));
          } else {
            const fresh = meterAt(each.newMeter);
            if (!fresh) throw new Error('no meter');
            const decided =
              fresh.id === meter.id
                ? undefined
                : decideExchange(timeline, {
                    oldMeterId: meter.id,
                    newMeterId: fresh.id,
                    register: fresh.kind,
                    on: each.on,
                  });
            const response = await send('POST', `/meters/${meter.id}/exchange`, {
              on: each.on,
              removalReading: '3',
              newMeterId: fresh.id,
              installReading: '0',
            });
            expect(response.statusCode === 200, response.body).toBe(decided?.ok === true);
            if (decided?.ok) {
              const { removed, installed } = decided.value;
              timeline = [
                ...timeline.map((span) => (span.id === removed.id ? removed : span)),
                { id: `s${index}`, ...installed },
              ];
            }
          }
        }
        for (const meter of meters) {
          const stored = await expectOk<MeterWithInstallations>('GET', `/meters/${meter.id}`);
          const expected = timeline
            .filter((span) => span.meterId === meter.id)
            .map(({ servicePointId, installedOn, removedOn }) => ({ servicePointId, installedOn, removedOn }));
          expect(
            stored.installations.map(({ servicePointId, installedOn, removedOn }) => ({
              servicePointId,
              installedOn,
              removedOn,
            })),
          ).toEqual(expected);
          expect(stored.status).toBe(
            expected.length === 0
              ? 'in_stock'
              : expected.some((span) => span.removedOn === null)
                ? 'installed'
                : 'removed',
          );
        }
      }),
      { numRuns: 12 },
    );
  });

  it('keeps meters of one tenant out of another', async () => {
    const meter = await newMeter();
    const other = await createTestTenant(testApp.app);
    const response = await testApp.app.inject({ method: 'GET', url: `/api/v1/tenants/${other.id}/meters/${meter.id}` });
    expect(response.statusCode).toBe(404);
  });
});
