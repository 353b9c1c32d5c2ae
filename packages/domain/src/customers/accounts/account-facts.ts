import { Temporal } from 'temporal-polyfill';
import {
  type EffectiveRange,
  rangeContains,
  rangeFromInclusive,
  rangeMinus,
  rangeToInclusive,
} from '../../calendar/date-range.ts';
import { rational } from '../../numbers/rational.ts';
import { fail, ok, type Result } from '../../result.ts';
import type { AccountFacts } from '../../tariffs/rating.ts';
import { unreachable } from '../../unreachable.ts';
import { firstOverlap } from './effective-periods.ts';

/** The billing inputs an account's fact log records. */
export const accountFactKinds = ['household_person', 'protection', 'benefit', 'area_m2', 'dwelling_units'] as const;
export type AccountFactKind = (typeof accountFactKinds)[number];

/** Kinds kept as a list of entries, each with its own identity (one person, one benefit award). */
export const accountFactListKinds = ['household_person', 'protection', 'benefit'] as const;
export type AccountFactListKind = (typeof accountFactListKinds)[number];

/** Kinds with one value a day for the whole account. */
export const accountFactValueKinds = ['area_m2', 'dwelling_units'] as const;
export type AccountFactValueKind = (typeof accountFactValueKinds)[number];

/** What a fact of each kind says over its range. */
export interface AccountFactValues {
  readonly household_person: { readonly name: string };
  readonly protection: { readonly status: 'protected' | 'vulnerable'; readonly reason: string };
  readonly benefit: { readonly code: string; readonly reference: string | null };
  /** Exact decimal text: "54.35". */
  readonly area_m2: { readonly areaM2: string };
  readonly dwelling_units: { readonly dwellingUnits: number };
}

/** One entry of an account's fact log, never changed once recorded. */
export type AccountFactEntry = { [K in AccountFactKind]: AccountFactEntryOf<K> }[AccountFactKind];
export interface AccountFactEntryOf<K extends AccountFactKind> {
  readonly kind: K;
  /** What the entry is about: one household person, one benefit award; the account itself for area and dwellings. */
  readonly subjectId: string;
  /** What holds over the range; null where nothing does (an entry removed, a period shortened). */
  readonly value: AccountFactValues[K] | null;
  readonly range: EffectiveRange;
  /** Recording order: where two entries cover a day, the later one says what holds that day. */
  readonly position: bigint;
  /** The instant it was recorded, ISO 8601. */
  readonly recordedAt: string;
}

/** An entry a change adds; the log gives it its position and instant. */
export type NewAccountFactEntry = {
  [K in AccountFactKind]: Omit<AccountFactEntryOf<K>, 'position' | 'recordedAt'>;
}[AccountFactKind];

/** What holds for one subject over one range, once every later entry has had its say. */
export type AccountFactSegment = { [K in AccountFactKind]: AccountFactSegmentOf<K> }[AccountFactKind];
export interface AccountFactSegmentOf<K extends AccountFactKind> {
  readonly kind: K;
  readonly subjectId: string;
  readonly value: AccountFactValues[K];
  readonly range: EffectiveRange;
}

const byPosition = (a: { position: bigint }, b: { position: bigint }) =>
  a.position < b.position ? -1 : a.position > b.position ? 1 : 0;
const subjectKey = (entry: { kind: string; subjectId: string }) => `${entry.kind}\u0000${entry.subjectId}`;

/** Two values are the same fact: same fields, same values, whatever the order of the fields. */
export function sameFactValue(a: object | null, b: object | null): boolean {
  if (a === null || b === null) return a === b;
  const entriesOf = (value: object) =>
    JSON.stringify(Object.entries(value).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
  return entriesOf(a) === entriesOf(b);
}

/**
 * The state a log records: for each subject, the ranges over which each value holds, after every
 * entry, in recording order, has replaced what was there before over its own range. Segments come
 * by subject and then by first day; touching ranges with one value are one segment.
 */
export function foldAccountFacts(entries: readonly AccountFactEntry[]): AccountFactSegment[] {
  const bySubject = new Map<string, AccountFactEntry[]>();
  for (const entry of [...entries].sort(byPosition)) {
    const key = subjectKey(entry);
    const ofSubject = bySubject.get(key);
    if (ofSubject) ofSubject.push(entry);
    else bySubject.set(key, [entry]);
  }
  const segments: AccountFactSegment[] = [];
  for (const subjectEntries of bySubject.values()) {
    let held: AccountFactSegment[] = [];
    for (const entry of subjectEntries) {
      held = held.flatMap((segment) =>
        rangeMinus(segment.range, entry.range).map((range) => ({ ...segment, range }) as AccountFactSegment),
      );
      if (entry.value !== null) {
        held.push({
          kind: entry.kind,
          subjectId: entry.subjectId,
          value: entry.value,
          range: entry.range,
        } as AccountFactSegment);
      }
    }
    held.sort((a, b) => (a.range.from < b.range.from ? -1 : a.range.from > b.range.from ? 1 : 0));
    for (const segment of held) {
      const last = segments.at(-1);
      if (
        last &&
        subjectKey(last) === subjectKey(segment) &&
        last.range.to === segment.range.from &&
        sameFactValue(last.value, segment.value)
      ) {
        segments[segments.length - 1] = { ...last, range: { from: last.range.from, to: segment.range.to } };
      } else segments.push(segment);
    }
  }
  return segments;
}

/** The billing inputs of an account on one day. */
export interface AccountFactsOnDay {
  readonly householdPersons: readonly { readonly id: string; readonly name: string }[];
  /** Registered household persons that day. */
  readonly persons: number;
  readonly protections: readonly {
    readonly id: string;
    readonly status: 'protected' | 'vulnerable';
    readonly reason: string;
  }[];
  readonly benefits: readonly { readonly id: string; readonly code: string; readonly reference: string | null }[];
  readonly areaM2: string | null;
  readonly dwellingUnits: number | null;
}

/**
 * Of each subject's entries covering the day, the one recorded last: what the log says holds on
 * that day. With knownAt, entries recorded after that instant are not looked at, so a bill
 * re-derived later sees what its run saw.
 */
export function latestEntriesOn(
  entries: readonly AccountFactEntry[],
  { date, knownAt }: { date: string; knownAt?: string | undefined },
): AccountFactEntry[] {
  const known = knownAt === undefined ? undefined : Temporal.Instant.from(knownAt);
  const latest = new Map<string, AccountFactEntry>();
  for (const entry of entries) {
    if (!rangeContains(entry.range, date)) continue;
    if (known && Temporal.Instant.compare(Temporal.Instant.from(entry.recordedAt), known) > 0) continue;
    const key = subjectKey(entry);
    const kept = latest.get(key);
    if (!kept || kept.position < entry.position) latest.set(key, entry);
  }
  return [...latest.values()];
}

/**
 * The facts on a day from each subject's latest entry covering it (as `latestEntriesOn` or the
 * database picks them): entries saying nothing holds drop out. Lists are in subject order.
 */
export function factsOnDay(latest: readonly AccountFactEntry[]): AccountFactsOnDay {
  const householdPersons: { id: string; name: string }[] = [];
  const protections: { id: string; status: 'protected' | 'vulnerable'; reason: string }[] = [];
  const benefits: { id: string; code: string; reference: string | null }[] = [];
  let areaM2: string | null = null;
  let dwellingUnits: number | null = null;
  for (const entry of [...latest].sort((a, b) =>
    a.subjectId < b.subjectId ? -1 : a.subjectId > b.subjectId ? 1 : 0,
  )) {
    if (entry.value === null) continue;
    switch (entry.kind) {
      case 'household_person':
        householdPersons.push({ id: entry.subjectId, name: entry.value.name });
        break;
      case 'protection':
        protections.push({ id: entry.subjectId, status: entry.value.status, reason: entry.value.reason });
        break;
      case 'benefit':
        benefits.push({ id: entry.subjectId, code: entry.value.code, reference: entry.value.reference });
        break;
      case 'area_m2':
        areaM2 = entry.value.areaM2;
        break;
      case 'dwelling_units':
        dwellingUnits = entry.value.dwellingUnits;
        break;
      default:
        return unreachable(entry);
    }
  }
  return { householdPersons, persons: householdPersons.length, protections, benefits, areaM2, dwellingUnits };
}

/** What the log says holds on a day, as known at an instant (or now, when knownAt is left out). */
export const accountFactsOn = (
  entries: readonly AccountFactEntry[],
  on: { date: string; knownAt?: string | undefined },
): AccountFactsOnDay => factsOnDay(latestEntriesOn(entries, on));

/** The facts a price plan's rules read (persons, dwellings, area, benefit codes), from the facts on a day. */
export function ratingFactsOf(facts: AccountFactsOnDay): AccountFacts {
  return {
    persons: facts.persons,
    benefits: [...new Set(facts.benefits.map((benefit) => benefit.code))],
    ...(facts.dwellingUnits === null ? {} : { dwellingUnits: facts.dwellingUnits }),
    ...(facts.areaM2 === null ? {} : { areaM2: rational(facts.areaM2) }),
  };
}

/** An entry of a list kind as the API shows it: one period, both days included. */
export interface AccountFactListItem<K extends AccountFactListKind> {
  readonly id: string;
  readonly startOn: string;
  readonly endOn: string | null;
  readonly value: AccountFactValues[K];
  /** When the entry was first recorded and last changed, ISO 8601. */
  readonly createdAt: string;
  readonly updatedAt: string;
}

/**
 * The current entries of a list kind, oldest start first: each subject's one period and value.
 * A list is only ever set whole (`decideFactListChange`), which leaves each subject one period.
 */
export function currentFactList<K extends AccountFactListKind>(
  kind: K,
  entries: readonly AccountFactEntry[],
): AccountFactListItem<K>[] {
  const ofKind = entries.filter((entry) => entry.kind === kind);
  const recorded = new Map<string, { createdAt: string; updatedAt: string }>();
  for (const entry of [...ofKind].sort(byPosition)) {
    const seen = recorded.get(entry.subjectId);
    recorded.set(entry.subjectId, { createdAt: seen?.createdAt ?? entry.recordedAt, updatedAt: entry.recordedAt });
  }
  const items = new Map<string, AccountFactListItem<K>>();
  for (const segment of foldAccountFacts(ofKind) as AccountFactSegmentOf<K>[]) {
    if (items.has(segment.subjectId)) {
      throw new Error(`The ${kind} entry ${segment.subjectId} holds over two periods; a list entry holds over one`);
    }
    const times = recorded.get(segment.subjectId);
    if (!times) throw new Error(`The ${kind} entry ${segment.subjectId} has no recorded entry`);
    items.set(segment.subjectId, {
      id: segment.subjectId,
      ...rangeToInclusive(segment.range),
      value: segment.value,
      ...times,
    });
  }
  return [...items.values()].sort((a, b) =>
    a.startOn < b.startOn ? -1 : a.startOn > b.startOn ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
}

/** An entry of a list as it is sent: its id to keep an existing entry, its days (both included) and value. */
export interface AccountFactListInput<K extends AccountFactListKind> {
  readonly id?: string | undefined;
  readonly startOn: string;
  readonly endOn: string | null;
  readonly value: AccountFactValues[K];
}

// What may not share a day within one list, and how the refusal reads.
const overlapRules: {
  readonly [K in AccountFactListKind]: {
    readonly keyOf: (value: AccountFactValues[K]) => string;
    readonly clash: (value: AccountFactValues[K], startOn: string) => string;
  };
} = {
  household_person: {
    keyOf: (person) => person.name.toLocaleLowerCase(),
    clash: (person, startOn) => `${person.name} is in the household twice from ${startOn}`,
  },
  protection: {
    keyOf: (protection) => protection.status,
    clash: (protection, startOn) => `Two ${protection.status} periods share ${startOn}`,
  },
  benefit: {
    keyOf: (benefit) => benefit.code,
    clash: (benefit, startOn) => `Benefit ${benefit.code} is granted twice from ${startOn}`,
  },
};

/**
 * What setting a list whole records, so that the log folds to exactly the list sent: an entry
 * sent with its id keeps that subject (an unknown id, or one sent twice, is refused), one without
 * is a new subject, a stored one not sent no longer holds. For each subject that changed, one
 * entry says what holds over its new period and others say that nothing holds over the days it
 * no longer covers; an unchanged subject records nothing. Nothing is ever edited in place.
 */
export function decideFactListChange<K extends AccountFactListKind>(
  kind: K,
  current: readonly AccountFactListItem<K>[],
  items: readonly AccountFactListInput<K>[],
  newId: () => string,
): Result<NewAccountFactEntry[], 'validation_failed' | 'account_periods_overlap'> {
  const rule = overlapRules[kind] as (typeof overlapRules)[AccountFactListKind];
  const clash = firstOverlap(items, (item) => rule.keyOf(item.value as never));
  if (clash) return fail('account_periods_overlap', rule.clash(clash[0].value as never, clash[1].startOn));

  const stored = new Map(current.map((item) => [item.id, item]));
  const sent = new Set<string>();
  const entries: NewAccountFactEntry[] = [];
  const record = (subjectId: string, value: AccountFactValues[K] | null, range: EffectiveRange) =>
    entries.push({ kind, subjectId, value, range } as NewAccountFactEntry);
  for (const [index, item] of items.entries()) {
    const range = rangeFromInclusive(item);
    if (item.id === undefined) {
      record(newId(), item.value, range);
      continue;
    }
    const before = stored.get(item.id);
    if (!before || sent.has(item.id)) {
      return fail('validation_failed', `items[${index}].id is not an entry of this list or is sent twice`);
    }
    sent.add(item.id);
    const beforeRange = rangeFromInclusive(before);
    const isSame =
      beforeRange.from === range.from && beforeRange.to === range.to && sameFactValue(before.value, item.value);
    if (isSame) continue;
    for (const dropped of rangeMinus(beforeRange, range)) record(item.id, null, dropped);
    record(item.id, item.value, range);
  }
  for (const before of current) {
    if (!sent.has(before.id)) record(before.id, null, rangeFromInclusive(before));
  }
  return ok(entries);
}

/**
 * A value of the whole account (its area, its dwellings) from one day on, or until a day: it
 * supersedes whatever earlier entries said over those days. A null value says none is known there.
 */
export function decideFactValue<K extends AccountFactValueKind>(
  kind: K,
  {
    accountId,
    value,
    startOn,
    endOn,
  }: { accountId: string; value: AccountFactValues[K] | null; startOn: string; endOn: string | null },
): NewAccountFactEntry {
  return { kind, subjectId: accountId, value, range: rangeFromInclusive({ startOn, endOn }) } as NewAccountFactEntry;
}
