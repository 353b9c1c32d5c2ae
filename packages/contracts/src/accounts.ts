import { z } from 'zod';
import { idSchema, instantSchema, nameText, plainDateSchema } from './fields.ts';
import { pageQuerySchema } from './pagination.ts';

export const accountStatuses = ['active', 'closed'] as const;
export const accountStatusSchema = z.enum(accountStatuses);

const accountNumberSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9./-]{0,31}$/, 'Letters, digits and . / -, up to 32 characters');

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
    createdAt: instantSchema,
    updatedAt: instantSchema,
  })
  .meta({ id: 'Account' });
export type Account = z.infer<typeof accountSchema>;

export const createAccountSchema = z.strictObject({
  partyId: idSchema,
  accountNumber: accountNumberSchema.optional().meta({ description: 'Given by the tenant; generated when omitted' }),
  name: nameText(200).nullable().optional(),
  branchCode: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{1,32}$/)
    .optional(),
  openedOn: plainDateSchema.optional().meta({ description: "Defaults to today in the tenant's time zone" }),
});
export type CreateAccount = z.infer<typeof createAccountSchema>;

export const updateAccountSchema = z.strictObject({
  name: nameText(200).nullable().optional(),
  closedOn: plainDateSchema
    .nullable()
    .optional()
    .meta({ description: 'Closes the account on that day; null reopens it' }),
});
export type UpdateAccount = z.infer<typeof updateAccountSchema>;

export const accountPathSchema = z.strictObject({ tenantId: idSchema, accountId: idSchema });
export const accountQuerySchema = pageQuerySchema.extend({ partyId: idSchema.optional() });
