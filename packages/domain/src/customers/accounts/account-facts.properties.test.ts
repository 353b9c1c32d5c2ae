import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import {
  type AccountFactEntry,
  type AccountFactListInput,
  accountFactsOn,
  currentFactList,
  decideFactListChange,
  decideFactValue,
  foldAccountFacts,
  type NewAccountFactEntry,
  ratingFactsOf,
} from './account-facts.ts';

// An account's billing inputs are a log that only grows: a change adds entries, never edits one.
// Folding the log gives back exactly what was set, and "as of a day, as known at an instant"
// never looks at an entry recorded after that instant.

const dayOf = (offset: number) => Temporal.PlainDate.from('2024-01-01').add({ days: offset }).toString();
const instantOf = (step: number) => Temporal.Instant.from('2026-01-01T00:00:00Z').add({ hours: step }).toString();
const names = ['Anna', 'Boris', 'Chen', 'Dina'] as const;

/** A log being written: entries get positions in order, each change one instant. */
function logWriter() {
  const entries: AccountFactEntry[] = [];
  let ids = 0;
  return {
    entries,
    newId: () => `s${++ids}`,
    append(added: readonly NewAccountFactEntry[], recordedAt: string) {
      for (const entry of added) {
        entries.push({ ...entry, position: BigInt(entries.length + 1), recordedAt } as AccountFactEntry);
      }
    },
  };
}

/** A list as sent: each row keeps one of the current entries (by index) or is new. */
const sentList = fc.array(
  fc.record({
    keeps: fc.option(fc.nat(5), { nil: null }),
    name: fc.constantFrom(...names),
    first: fc.nat(60),
    length: fc.option(fc.nat(30), { nil: null }),
  }),
  { maxLength: 5 },
);

const comparable = (items: readonly { id: string; startOn: string; endOn: string | null; value: unknown }[]) =>
  items.map(({ id, startOn, endOn, value }) => ({ id, startOn, endOn, value })).sort((a, b) => (a.id < b.id ? -1 : 1));

describe('setting a household list whole', () => {
  it('folds back to exactly the list that was set, over any sequence of changes', () => {
    fc.assert(
      fc.property(fc.array(sentList, { minLength: 1, maxLength: 6 }), (changes) => {
        const log = logWriter();
        let expected: { id: string; startOn: string; endOn: string | null; value: { name: string } }[] = [];
        for (const [step, rows] of changes.entries()) {
          const current = currentFactList('household_person', log.entries);
          expect(comparable(current)).toEqual(comparable(expected));
          const kept = new Set<string>();
          const items: AccountFactListInput<'household_person'>[] = rows.map((row) => {
            const keep = row.keeps === null ? undefined : current[row.keeps % Math.max(current.length, 1)]?.id;
            const id = keep !== undefined && !kept.has(keep) ? keep : undefined;
            if (id) kept.add(id);
            return {
              ...(id ? { id } : {}),
              startOn: dayOf(row.first),
              endOn: row.length === null ? null : dayOf(row.first + row.length),
              value: { name: row.name },
            };
          });
          const decided = decideFactListChange('household_person', current, items, log.newId);
          if (!decided.ok) {
            // Refused whole: one person twice on a day; the log is left as it was.
            expect(decided.code).toBe('account_periods_overlap');
            continue;
          }
          log.append(decided.value, instantOf(step));
          const newIds = decided.value
            .map((entry) => entry.subjectId)
            .filter((id) => !current.some((c) => c.id === id));
          let fresh = 0;
          expected = items.map((item) => ({
            id: item.id ?? (newIds[fresh++] as string),
            startOn: item.startOn,
            endOn: item.endOn,
            value: item.value,
          }));
        }
        expect(comparable(currentFactList('household_person', log.entries))).toEqual(comparable(expected));
      }),
      { numRuns: 300 },
    );
  });

  it('records nothing when the list is sent back unchanged', () => {
    const log = logWriter();
    const first = decideFactListChange(
      'household_person',
      [],
      [{ startOn: '2024-01-01', endOn: null, value: { name: 'Anna' } }],
      log.newId,
    );
    if (!first.ok) throw new Error(first.code);
    log.append(first.value, instantOf(0));
    const current = currentFactList('household_person', log.entries);
    const again = decideFactListChange(
      'household_person',
      current,
      current.map(({ id, startOn, endOn, value }) => ({ id, startOn, endOn, value })),
      log.newId,
    );
    expect(again).toEqual({ ok: true, value: [] });
  });

  it('shortens a period by saying that nothing holds over the days it lost', () => {
    const log = logWriter();
    const first = decideFactListChange(
      'household_person',
      [],
      [{ startOn: '2024-01-01', endOn: null, value: { name: 'Keza' } }],
      log.newId,
    );
    if (!first.ok) throw new Error(first.code);
    log.append(first.value, instantOf(0));
    const [keza] = currentFactList('household_person', log.entries);
    const moved = decideFactListChange(
      'household_person',
      currentFactList('household_person', log.entries),
      [{ id: keza?.id, startOn: '2024-01-01', endOn: '2025-08-31', value: { name: 'Keza' } }],
      log.newId,
    );
    expect(moved).toEqual({
      ok: true,
      value: [
        { kind: 'household_person', subjectId: keza?.id, value: null, range: { from: '2025-09-01', to: null } },
        {
          kind: 'household_person',
          subjectId: keza?.id,
          value: { name: 'Keza' },
          range: { from: '2024-01-01', to: '2025-09-01' },
        },
      ],
    });
  });

  it('refuses an unknown id and an id sent twice', () => {
    const item = { id: 'nobody', startOn: '2024-01-01', endOn: null, value: { name: 'X' } };
    expect(decideFactListChange('household_person', [], [item], () => 'n')).toMatchObject({
      ok: false,
      code: 'validation_failed',
    });
  });
});

describe('the facts on a day', () => {
  const randomLog = fc.array(
    fc.record({
      kind: fc.constantFrom('household_person' as const, 'area_m2' as const),
      subject: fc.nat(2),
      holds: fc.boolean(),
      first: fc.nat(40),
      length: fc.option(fc.integer({ min: 1, max: 20 }), { nil: null }),
      step: fc.nat(3),
    }),
    { maxLength: 12 },
  );
  function entriesOf(
    specs: readonly {
      kind: 'household_person' | 'area_m2';
      subject: number;
      holds: boolean;
      first: number;
      length: number | null;
      step: number;
    }[],
  ): AccountFactEntry[] {
    // Instants never go backwards along positions, as in the log the database keeps.
    let step = 0;
    return specs.map((spec, index) => {
      step += spec.step;
      const range = { from: dayOf(spec.first), to: spec.length === null ? null : dayOf(spec.first + spec.length) };
      const common = {
        subjectId: `${spec.kind}-${spec.subject}`,
        range,
        position: BigInt(index + 1),
        recordedAt: instantOf(step),
      };
      return spec.kind === 'household_person'
        ? { ...common, kind: spec.kind, value: spec.holds ? { name: names[spec.subject] ?? 'X' } : null }
        : {
            ...common,
            kind: spec.kind,
            subjectId: 'account',
            value: spec.holds ? { areaM2: `${50 + spec.subject}.5` } : null,
          };
    });
  }

  it('are what the folded log holds on that day', () => {
    fc.assert(
      fc.property(randomLog, fc.nat(70), (specs, offset) => {
        const entries = entriesOf(specs);
        const date = dayOf(offset);
        const onDay = accountFactsOn(entries, { date });
        const holding = foldAccountFacts(entries).filter(
          (segment) => segment.range.from <= date && (segment.range.to === null || date < segment.range.to),
        );
        expect(onDay.householdPersons.map((person) => person.id).sort()).toEqual(
          holding
            .filter((segment) => segment.kind === 'household_person')
            .map((segment) => segment.subjectId)
            .sort(),
        );
        const area = holding.find((segment) => segment.kind === 'area_m2');
        expect(onDay.areaM2).toBe(area ? (area.value as { areaM2: string }).areaM2 : null);
        expect(onDay.persons).toBe(onDay.householdPersons.length);
      }),
      { numRuns: 500 },
    );
  });

  it('as known at an instant, never see an entry recorded after it', () => {
    fc.assert(
      fc.property(randomLog, randomLog, fc.nat(70), fc.nat(40), (specs, later, offset, at) => {
        const entries = entriesOf(specs);
        const knownAt = instantOf(at);
        const date = dayOf(offset);
        const seen = accountFactsOn(entries, { date, knownAt });
        // Only what was recorded by then counts…
        const recordedBy = entries.filter(
          (entry) =>
            Temporal.Instant.compare(Temporal.Instant.from(entry.recordedAt), Temporal.Instant.from(knownAt)) <= 0,
        );
        expect(seen).toEqual(accountFactsOn(recordedBy, { date }));
        // …and anything recorded afterwards, corrections included, changes nothing.
        const afterwards = entriesOf(later).map((entry, index) => ({
          ...entry,
          position: BigInt(entries.length + index + 1),
          recordedAt: instantOf(at + 1 + index),
        }));
        expect(accountFactsOn([...entries, ...afterwards], { date, knownAt })).toEqual(seen);
      }),
      { numRuns: 500 },
    );
  });
});

describe('values of the whole account', () => {
  it('supersede earlier ones from the day a correction starts', () => {
    const log = logWriter();
    log.append(
      [decideFactValue('area_m2', { accountId: 'a', value: { areaM2: '54.35' }, startOn: '2020-01-01', endOn: null })],
      instantOf(0),
    );
    log.append(
      [decideFactValue('area_m2', { accountId: 'a', value: { areaM2: '60' }, startOn: '2023-03-01', endOn: null })],
      instantOf(5),
    );
    expect(accountFactsOn(log.entries, { date: '2023-02-28' }).areaM2).toBe('54.35');
    expect(accountFactsOn(log.entries, { date: '2023-03-01' }).areaM2).toBe('60');
    // A bill run at instant 1 saw 54.35 on that day and re-derives so.
    expect(accountFactsOn(log.entries, { date: '2023-03-01', knownAt: instantOf(1) }).areaM2).toBe('54.35');
    expect(accountFactsOn(log.entries, { date: '2019-12-31' }).areaM2).toBeNull();
  });

  it('become the facts a price plan reads', () => {
    expect(
      ratingFactsOf({
        householdPersons: [
          { id: '1', name: 'Anna' },
          { id: '2', name: 'Boris' },
        ],
        persons: 2,
        protections: [],
        benefits: [{ id: '3', code: 'veteran', reference: null }],
        areaM2: '54.35',
        dwellingUnits: null,
      }),
    ).toEqual({ persons: 2, benefits: ['veteran'], areaM2: { n: 5435n, d: 100n } });
  });
});
