import { z } from 'zod';
import { idSchema, instantSchema, nameText, plainDateSchema } from './fields.ts';
import { pageQuerySchema } from './pagination.ts';

export const accountStatuses = ['active', 'closed'] as const;
export const accountStatusSchema = z.enum(accountStatuses);

export const deliveryPreferences = ['paper', 'email', 'portal'] as const;
export const deliveryPreferenceSchema = z.enum(deliveryPreferences);
export type DeliveryPreference = z.infer<typeof deliveryPreferenceSchema>;

/** A short code the tenant defines: a bill cycle, a use class, a benefit. */
const accountCodeSchema = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9_-]{0,31}$/, 'Lowercase letters, digits, _ and -, up to 32 characters');
const billCycleCodeSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$/, 'Letters, digits, _ and -, up to 32 characters')
  .meta({ description: 'The bill cycle (route, book) the account is billed in', example: 'C07' });
const useClassSchema = accountCodeSchema.meta({
  description: 'What the supply is used for: residential, commercial, industrial, public or a code of the tenant',
  example: 'residential',
});

const accountNumberSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9./-]{0,31}$/, 'Letters, digits and . / -, up to 32 characters');

/** Why a numbering pattern cannot be used, or undefined when it can; the rules of the domain parser. */
function accountNumberPatternProblem(text: string): string | undefined {
  if (!/^(?:[A-Za-z0-9./-]|\{seq:\d{1,2}\}|\{check\})+$/.test(text)) {
    return 'Letters, digits, . / -, one {seq:N} and at most one {check}';
  }
  const widths = [...text.matchAll(/\{seq:(\d{1,2})\}/g)].map((match) => Number(match[1]));
  const [width] = widths;
  if (widths.length !== 1 || width === undefined) return 'The pattern needs exactly one {seq:N}';
  if (width < 1 || width > 18) return '{seq:N} takes a width from 1 to 18';
  if ((text.match(/\{check\}/g) ?? []).length > 1) return 'The pattern takes {check} at most once';
  if (/^[./-]/.test(text)) return 'An account number starts with a letter or a digit';
  const literalLength = text.replace(/\{seq:\d{1,2}\}/, '').replace('{check}', '').length;
  const length = literalLength + width + (text.includes('{check}') ? 1 : 0);
  return length > 32 ? 'Numbers would be longer than 32 characters' : undefined;
}

export const accountNumberPatternSchema = z
  .string()
  .superRefine((text, context) => {
    const problem = accountNumberPatternProblem(text);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  })
  .meta({
    description:
      'How account numbers look: literal letters, digits and . / -, one {seq:N} (the counter, N digits) and at most one {check} (Luhn digit of the counter)',
    example: 'RW-{seq:6}',
  });

/** What receives bills and carries a balance, held by one party. */
export const accountSchema = z
  .object({
    id: idSchema,
    tenantId: idSchema,
    accountNumber: z.string(),
    partyId: idSchema,
    partyDisplayName: z.string(),
    name: z.string().nullable(),
    branchCode: z.string().nullable().meta({ description: 'The office or pay point the account belongs to' }),
    currency: z.string(),
    status: accountStatusSchema,
    openedOn: plainDateSchema,
    closedOn: plainDateSchema.nullable(),
    billCycleCode: z.string().nullable(),
    deliveryPreference: deliveryPreferenceSchema,
    useClass: z.string().nullable(),
    parentAccountId: idSchema
      .nullable()
      .meta({ description: 'The account this one is billed under (consolidated billing)' }),
    createdAt: instantSchema,
    updatedAt: instantSchema,
  })
  .meta({ id: 'Account' });
export type Account = z.infer<typeof accountSchema>;

export const createAccountSchema = z.strictObject({
  partyId: idSchema,
  accountNumber: accountNumberSchema.optional().meta({
    description:
      "Given by the tenant (matching its accountNumberPattern when it has one); the tenant's next number when omitted",
  }),
  name: nameText(200).nullable().optional(),
  branchCode: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{1,32}$/)
    .optional(),
  openedOn: plainDateSchema.optional().meta({ description: "Defaults to today in the tenant's time zone" }),
  billCycleCode: billCycleCodeSchema.nullable().optional(),
  deliveryPreference: deliveryPreferenceSchema.optional().meta({ description: 'How bills go out; paper when omitted' }),
  useClass: useClassSchema.nullable().optional(),
  parentAccountId: idSchema.nullable().optional(),
});
export type CreateAccount = z.infer<typeof createAccountSchema>;

export const updateAccountSchema = z.strictObject({
  name: nameText(200).nullable().optional(),
  closedOn: plainDateSchema
    .nullable()
    .optional()
    .meta({ description: 'Closes the account on that day; null reopens it' }),
  billCycleCode: billCycleCodeSchema.nullable().optional(),
  deliveryPreference: deliveryPreferenceSchema.optional(),
  useClass: useClassSchema.nullable().optional(),
  parentAccountId: idSchema.nullable().optional(),
});
export type UpdateAccount = z.infer<typeof updateAccountSchema>;

export const accountPathSchema = z.strictObject({ tenantId: idSchema, accountId: idSchema });
export const accountQuerySchema = pageQuerySchema.extend({ partyId: idSchema.optional() });

const periodFields = {
  startOn: plainDateSchema.meta({ description: 'The first day in force' }),
  endOn: plainDateSchema.nullable().optional().meta({ description: 'The last day in force; open when null' }),
};
const endsOnOrAfterStart = {
  check: (period: { startOn: string; endOn?: string | null }) => !period.endOn || period.endOn >= period.startOn,
  message: { message: 'A period ends on or after the day it starts', path: ['endOn'] },
};
const keepId = idSchema.optional().meta({ description: 'Keeps an existing entry; omitted for a new one' });
const storedPeriod = {
  id: idSchema,
  startOn: plainDateSchema,
  endOn: plainDateSchema.nullable(),
  createdAt: instantSchema,
  updatedAt: instantSchema,
};

/** A person living in the household of the account, for per-person norms and social tariffs. */
export const householdPersonSchema = z.object({ ...storedPeriod, name: z.string() }).meta({ id: 'HouseholdPerson' });
export type HouseholdPerson = z.infer<typeof householdPersonSchema>;
export const householdPersonInputSchema = z
  .strictObject({ id: keepId, name: nameText(200), ...periodFields })
  .refine(endsOnOrAfterStart.check, endsOnOrAfterStart.message);

export const protectionStatuses = ['protected', 'vulnerable'] as const;
export const protectionStatusSchema = z.enum(protectionStatuses);
export type ProtectionStatus = z.infer<typeof protectionStatusSchema>;

/** A period when the account may not be disconnected (protected) or needs care (vulnerable). */
export const accountProtectionSchema = z
  .object({ ...storedPeriod, status: protectionStatusSchema, reason: z.string() })
  .meta({ id: 'AccountProtection' });
export type AccountProtection = z.infer<typeof accountProtectionSchema>;
export const accountProtectionInputSchema = z
  .strictObject({ id: keepId, status: protectionStatusSchema, reason: nameText(500), ...periodFields })
  .refine(endsOnOrAfterStart.check, endsOnOrAfterStart.message);

/** A social benefit the account is entitled to, e.g. a housing subsidy, with the award's reference. */
export const accountBenefitSchema = z
  .object({ ...storedPeriod, code: z.string(), reference: z.string().nullable() })
  .meta({ id: 'AccountBenefit' });
export type AccountBenefit = z.infer<typeof accountBenefitSchema>;
export const accountBenefitInputSchema = z
  .strictObject({
    id: keepId,
    code: accountCodeSchema.meta({ description: 'The benefit, a code of the tenant', example: 'veteran' }),
    reference: nameText(64).nullable().optional().meta({ description: "The award's number at the paying body" }),
    ...periodFields,
  })
  .refine(endsOnOrAfterStart.check, endsOnOrAfterStart.message);

const factReasonSchema = nameText(500).meta({
  description: 'Why the facts change (a registry extract, a court order, a correction); kept with every entry recorded',
});

/**
 * The whole list at once: entries with an id are kept and changed, new ones added, missing ones
 * removed. Nothing stored is edited: the differences are recorded as new dated entries.
 */
export const replaceHouseholdPersonsSchema = z.strictObject({
  items: z.array(householdPersonInputSchema).max(50),
  reason: factReasonSchema.optional(),
});
export type ReplaceHouseholdPersons = z.infer<typeof replaceHouseholdPersonsSchema>;
export const replaceAccountProtectionsSchema = z.strictObject({
  items: z.array(accountProtectionInputSchema).max(100),
  reason: factReasonSchema.optional(),
});
export type ReplaceAccountProtections = z.infer<typeof replaceAccountProtectionsSchema>;
export const replaceAccountBenefitsSchema = z.strictObject({
  items: z.array(accountBenefitInputSchema).max(100),
  reason: factReasonSchema.optional(),
});
export type ReplaceAccountBenefits = z.infer<typeof replaceAccountBenefitsSchema>;

export const householdPersonListSchema = z.object({ items: z.array(householdPersonSchema) });
export const accountProtectionListSchema = z.object({ items: z.array(accountProtectionSchema) });
export const accountBenefitListSchema = z.object({ items: z.array(accountBenefitSchema) });

/** The billing inputs an account's fact log records. */
export const accountFactKinds = ['household_person', 'protection', 'benefit', 'area_m2', 'dwelling_units'] as const;
export const accountFactKindSchema = z.enum(accountFactKinds);
export type AccountFactKindName = z.infer<typeof accountFactKindSchema>;

const inclusivePeriod = {
  startOn: plainDateSchema.meta({ description: 'The first day the entry speaks for' }),
  endOn: plainDateSchema.nullable().meta({ description: 'The last day the entry speaks for; null: from startOn on' }),
};

/** One entry of an account's fact log: recorded once, never changed; a later entry supersedes it over its days. */
export const accountFactEntrySchema = z
  .object({
    id: idSchema,
    kind: accountFactKindSchema,
    subjectId: idSchema.meta({
      description:
        'The list entry it is about (a household person, a benefit award); the account for area and dwellings',
    }),
    value: z
      .record(z.string(), z.union([z.string(), z.number(), z.null()]))
      .nullable()
      .meta({
        description:
          'What holds over the days: name; status and reason; code and reference; areaM2; dwellingUnits. null: nothing holds (removed or shortened)',
      }),
    ...inclusivePeriod,
    recordedAt: instantSchema,
    recordedBy: z.object({
      kind: z.enum(['user', 'api_key', 'system']),
      id: idSchema.nullable(),
      label: z.string(),
    }),
    reason: z.string().nullable(),
  })
  .meta({ id: 'AccountFactEntry' });
export type AccountFactEntryRecord = z.infer<typeof accountFactEntrySchema>;
/** Latest recorded first, paged like every list; `kind` keeps one kind of fact. */
export const accountFactHistoryQuerySchema = pageQuerySchema
  .omit({ q: true })
  .extend({ kind: accountFactKindSchema.optional() });

const areaM2Schema = z.string().regex(/^\d{1,7}(\.\d{1,4})?$/, 'An exact decimal of m², up to 4 decimals, e.g. 54.3');
const valueFactPeriod = {
  startOn: plainDateSchema.meta({ description: 'The first day the value holds' }),
  endOn: plainDateSchema
    .nullable()
    .optional()
    .meta({ description: 'The last day it holds; open when omitted or null' }),
  reason: factReasonSchema.optional(),
};

/** A value of the whole account from a day on: it supersedes earlier entries over those days; null: not known there. */
export const recordAccountFactSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('area_m2'), areaM2: areaM2Schema.nullable(), ...valueFactPeriod }),
    z.strictObject({
      kind: z.literal('dwelling_units'),
      dwellingUnits: z.number().int().min(0).max(100_000).nullable(),
      ...valueFactPeriod,
    }),
  ])
  .refine(endsOnOrAfterStart.check, endsOnOrAfterStart.message);
export type RecordAccountFact = z.infer<typeof recordAccountFactSchema>;

export const accountFactsAsOfQuerySchema = z.strictObject({
  date: plainDateSchema.meta({ description: 'The day the facts are wanted for' }),
  knownAt: instantSchema.optional().meta({
    description:
      'Only entries recorded by then count, so a bill re-derived later sees what its run saw; now when omitted',
  }),
});

/** An account's billing inputs on one day, as known at an instant. */
export const accountFactsAsOfSchema = z
  .object({
    date: plainDateSchema,
    knownAt: instantSchema.nullable(),
    householdPersons: z.array(z.object({ id: idSchema, name: z.string() })),
    persons: z.number().int().meta({ description: 'Registered household persons that day' }),
    protections: z.array(z.object({ id: idSchema, status: protectionStatusSchema, reason: z.string() })),
    benefits: z.array(z.object({ id: idSchema, code: z.string(), reference: z.string().nullable() })),
    areaM2: z.string().nullable(),
    dwellingUnits: z.number().int().nullable(),
  })
  .meta({ id: 'AccountFactsAsOf' });
export type AccountFactsAsOf = z.infer<typeof accountFactsAsOfSchema>;
