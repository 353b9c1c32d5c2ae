import { z } from 'zod';
import { accountSchema } from './accounts.ts';
import { agreementSchema } from './agreements.ts';
import { idSchema, instantSchema, plainDateSchema } from './fields.ts';
import { meterKindSchema } from './metering.ts';
import { partySchema } from './parties.ts';
import { premiseSchema, serviceKindSchema, servicePointSchema } from './premises.ts';

/** A meter as it hung at one of the customer's service points, for one installation. */
export const overviewMeterSchema = z
  .object({
    installationId: idSchema,
    meterId: idSchema,
    serial: z.string(),
    kind: meterKindSchema,
    unit: z.string(),
    servicePointId: idSchema,
    installedOn: plainDateSchema,
    removedOn: plainDateSchema.nullable().meta({ description: 'The day it was taken out; null while it hangs' }),
    installReading: z.string().meta({ description: 'Register value at installation, an exact decimal as text' }),
    removalReading: z.string().nullable(),
  })
  .meta({ id: 'OverviewMeter' });
export type OverviewMeter = z.infer<typeof overviewMeterSchema>;

/** What an account owes (positive) or is owed (negative), in minor units of its currency. */
export const accountBalanceSchema = z
  .object({
    accountId: idSchema,
    currency: z.string(),
    balanceMinor: z
      .string()
      .regex(/^-?\d+$/)
      .meta({ description: 'An integer of minor units, as text' }),
  })
  .meta({ id: 'AccountBalance' });
export type AccountBalance = z.infer<typeof accountBalanceSchema>;

export const timelineEventKinds = [
  'party_created',
  'party_changed',
  'account_opened',
  'account_closed',
  'move_in',
  'move_out',
  'transfer',
  'final_bill_requested',
  'meter_installed',
  'meter_removed',
  'meter_exchanged',
] as const;
export const timelineEventKindSchema = z.enum(timelineEventKinds);
export type TimelineEventKind = z.infer<typeof timelineEventKindSchema>;

/** One service a timeline event concerns: the service point, its kind, and the agreement there. */
export const timelineServiceSchema = z
  .object({
    servicePointId: idSchema,
    kind: serviceKindSchema,
    agreementId: idSchema.nullable(),
    agreementChangeId: idSchema.nullable().meta({ description: 'The recorded move, where one was recorded' }),
  })
  .meta({ id: 'TimelineService' });
export type TimelineService = z.infer<typeof timelineServiceSchema>;

/**
 * One thing that happened to the customer; the ids say what it concerns (null where nothing). A
 * move of several services of one account at one premise on one day is one event listing them
 * all in `services`; the single ids name the first of them.
 */
export const timelineEventSchema = z
  .object({
    on: plainDateSchema.meta({ description: "The day it took effect, in the tenant's calendar" }),
    at: instantSchema.nullable().meta({ description: 'When it was recorded, where that is known' }),
    kind: timelineEventKindSchema,
    accountId: idSchema.nullable(),
    agreementId: idSchema.nullable(),
    agreementChangeId: idSchema.nullable(),
    servicePointId: idSchema.nullable(),
    premiseId: idSchema.nullable(),
    meterId: idSchema.nullable(),
    replacedMeterId: idSchema.nullable().meta({ description: 'For meter_exchanged: the meter taken out' }),
    auditEventId: idSchema.nullable(),
    actorLabel: z.string().nullable().meta({ description: 'Who made a change taken from the audit trail' }),
    services: z.array(timelineServiceSchema).meta({
      description: 'The services it concerns, in the order of service kinds; empty for the party and its accounts',
    }),
  })
  .meta({ id: 'TimelineEvent' });
export type TimelineEvent = z.infer<typeof timelineEventSchema>;

/**
 * The customer 360 view in one answer: the party, the accounts the caller may see, the premises
 * and service points of their agreements, the meters there, balances and a timeline, newest first.
 */
export const partyOverviewSchema = z
  .object({
    party: partySchema,
    accounts: z.array(accountSchema),
    premises: z.array(
      premiseSchema.extend({
        servicePoints: z
          .array(servicePointSchema)
          .meta({ description: "Only the service points of the customer's agreements" }),
      }),
    ),
    agreements: z.array(agreementSchema).meta({ description: 'Running ones first, then by start, newest first' }),
    meters: z.array(overviewMeterSchema),
    balances: z
      .array(accountBalanceSchema)
      .meta({ description: 'One per account once billing posts to the ledger; empty until then' }),
    timeline: z.array(timelineEventSchema).meta({ description: 'Newest first' }),
  })
  .meta({ id: 'PartyOverview' });
export type PartyOverview = z.infer<typeof partyOverviewSchema>;
