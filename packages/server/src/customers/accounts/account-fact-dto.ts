import type {
  AccountBenefit,
  AccountFactEntryRecord,
  AccountFactsAsOf,
  AccountProtection,
  HouseholdPerson,
} from '@utilis/contracts';
import {
  type AccountFactListItem,
  type AccountFactListKind,
  type AccountFactsOnDay,
  rangeToInclusive,
} from '@utilis/domain';
import type { AccountFactRow } from './account-fact.sql.ts';

const period = (item: Omit<AccountFactListItem<AccountFactListKind>, 'value'>) => ({
  id: item.id,
  startOn: item.startOn,
  endOn: item.endOn,
  createdAt: item.createdAt,
  updatedAt: item.updatedAt,
});

export const toHouseholdPerson = (item: AccountFactListItem<'household_person'>): HouseholdPerson => ({
  ...period(item),
  name: item.value.name,
});

export const toAccountProtection = (item: AccountFactListItem<'protection'>): AccountProtection => ({
  ...period(item),
  status: item.value.status,
  reason: item.value.reason,
});

export const toAccountBenefit = (item: AccountFactListItem<'benefit'>): AccountBenefit => ({
  ...period(item),
  code: item.value.code,
  reference: item.value.reference,
});

/** An entry of the log as the API shows it: its days both included, as everywhere in the API. */
export const toAccountFactEntryRecord = (row: AccountFactRow): AccountFactEntryRecord => ({
  id: row.id,
  kind: row.kind,
  subjectId: row.subjectId,
  value: row.value as AccountFactEntryRecord['value'],
  ...rangeToInclusive({ from: row.effectiveFrom, to: row.effectiveTo }),
  recordedAt: row.recordedAt.toISOString(),
  recordedBy: { kind: row.recordedByKind, id: row.recordedById, label: row.recordedByLabel },
  reason: row.reason,
});

export const toAccountFactsAsOf = (
  facts: AccountFactsOnDay,
  { date, knownAt }: { date: string; knownAt: string | null },
): AccountFactsAsOf => ({
  date,
  knownAt,
  householdPersons: [...facts.householdPersons],
  persons: facts.persons,
  protections: [...facts.protections],
  benefits: [...facts.benefits],
  areaM2: facts.areaM2,
  dwellingUnits: facts.dwellingUnits,
});
