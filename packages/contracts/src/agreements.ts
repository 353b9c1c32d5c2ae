import { z } from 'zod';
import { idSchema, instantSchema, nameText, plainDateSchema } from './fields.ts';
import { servicePointSchema } from './premises.ts';

/** Account ↔ service point from a start date to an end date (both days served). */
export const agreementSchema = z
  .object({
    id: idSchema,
    tenantId: idSchema,
    servicePointId: idSchema,
    accountId: idSchema,
    pricePlanId: idSchema.nullable(),
    provider: z.string().nullable(),
    startOn: plainDateSchema,
    endOn: plainDateSchema.nullable().meta({ description: 'The last day served; null while it runs' }),
    finalBillRequestedOn: plainDateSchema.nullable().meta({
      description:
        "Set when the agreement is ended by a move-out or transfer: the day (tenant's calendar) the leaving account's final bill was requested; the bill runs to endOn",
    }),
    createdAt: instantSchema,
    updatedAt: instantSchema,
  })
  .meta({ id: 'Agreement' });
export type Agreement = z.infer<typeof agreementSchema>;

/** A meter register value given on the day of a move; stored with the change until metering exists. */
export const moveReadingSchema = z.strictObject({
  register: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_.-]{1,64}$/),
  value: z.string().regex(/^\d{1,12}(\.\d{1,6})?$/, 'An exact decimal register value, e.g. 1234.56'),
});
export type MoveReading = z.infer<typeof moveReadingSchema>;

export const agreementChangeKinds = ['move_in', 'move_out', 'transfer'] as const;

/** One move-in, move-out or transfer as it was recorded. */
export const agreementChangeSchema = z
  .object({
    id: idSchema,
    tenantId: idSchema,
    servicePointId: idSchema,
    kind: z.enum(agreementChangeKinds),
    changedOn: plainDateSchema,
    endedAgreement: agreementSchema.nullable(),
    startedAgreement: agreementSchema.nullable(),
    readings: z.array(moveReadingSchema),
    createdAt: instantSchema,
  })
  .meta({ id: 'AgreementChange' });
export type AgreementChange = z.infer<typeof agreementChangeSchema>;

const readings = z.array(moveReadingSchema).max(20).default([]);
const newAgreementFields = {
  accountId: idSchema,
  pricePlanId: idSchema.nullable().optional(),
  provider: nameText(100).nullable().optional(),
};

export const moveInSchema = z.strictObject({ on: plainDateSchema, ...newAgreementFields, readings });
export type MoveIn = z.infer<typeof moveInSchema>;
export const moveOutSchema = z.strictObject({ on: plainDateSchema, readings });
export type MoveOut = z.infer<typeof moveOutSchema>;
export const transferSchema = z.strictObject({
  on: plainDateSchema.meta({ description: "The leaving account's last day; the new account starts the next day" }),
  ...newAgreementFields,
  readings,
});
export type Transfer = z.infer<typeof transferSchema>;

export const servicePointWithAgreementsSchema = servicePointSchema
  .extend({ agreements: z.array(agreementSchema).meta({ description: 'Oldest first' }) })
  .meta({ id: 'ServicePointWithAgreements' });
export type ServicePointWithAgreements = z.infer<typeof servicePointWithAgreementsSchema>;

export const agreementQuerySchema = z
  .strictObject({ accountId: idSchema.optional(), servicePointId: idSchema.optional() })
  .refine((query) => query.accountId !== undefined || query.servicePointId !== undefined, {
    message: 'Give accountId or servicePointId',
    path: ['accountId'],
  });

export const agreementListSchema = z.object({ items: z.array(agreementSchema) }).meta({ id: 'AgreementList' });
