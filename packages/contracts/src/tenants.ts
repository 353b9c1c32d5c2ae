import { z } from 'zod';
import { approvablePermissionSchema } from './access.ts';
import { accountNumberPatternSchema } from './accounts.ts';
import {
  countrySchema,
  currencySchema,
  idSchema,
  instantSchema,
  localeSchema,
  nameText,
  timeZoneSchema,
} from './fields.ts';
import { roundingModeSchema } from './tariffs.ts';

const fourEyesActionsSchema = z
  .array(approvablePermissionSchema)
  .max(20)
  .meta({ description: 'Actions a second person with the same permission must approve before they run' });

const partyReferencePatternSchema = accountNumberPatternSchema.nullable().meta({
  description:
    'How customer numbers (party references) given by Utilis look, in the syntax of accountNumberPattern, e.g. C-{seq:7}; null for the default',
  example: 'C-{seq:7}',
});

const codeSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{1,31}$/, 'Lowercase letters, digits and dashes, 2 to 32 characters')
  .meta({ description: 'Short stable identifier', example: 'aqua-nord' });

export const tenantGroupSchema = z
  .object({ id: idSchema, code: codeSchema, name: z.string(), createdAt: instantSchema })
  .meta({ id: 'TenantGroup' });
export type TenantGroup = z.infer<typeof tenantGroupSchema>;

export const createTenantGroupSchema = z.strictObject({ code: codeSchema, name: nameText(200) });
export type CreateTenantGroup = z.infer<typeof createTenantGroupSchema>;

/** A utility company: the owner of every customer, meter and bill below it. */
export const tenantSchema = z
  .object({
    id: idSchema,
    groupId: idSchema.nullable(),
    code: codeSchema,
    name: z.string(),
    country: countrySchema,
    currency: currencySchema,
    locale: localeSchema,
    timeZone: timeZoneSchema,
    roundingMode: roundingModeSchema,
    fourEyesActions: fourEyesActionsSchema,
    accountNumberPattern: accountNumberPatternSchema
      .nullable()
      .meta({ description: 'How new account numbers look, e.g. RW-{seq:6}; null for 8 digits and a check digit' }),
    partyReferencePattern: partyReferencePatternSchema,
    createdAt: instantSchema,
    updatedAt: instantSchema,
  })
  .meta({ id: 'Tenant' });
export type Tenant = z.infer<typeof tenantSchema>;

export const createTenantSchema = z.strictObject({
  groupId: idSchema.nullable().optional(),
  code: codeSchema,
  name: nameText(200),
  country: countrySchema,
  currency: currencySchema,
  locale: localeSchema,
  timeZone: timeZoneSchema,
  roundingMode: roundingModeSchema
    .optional()
    .meta({ description: 'How rated amounts become money; half-up when omitted' }),
  fourEyesActions: fourEyesActionsSchema.optional(),
  accountNumberPattern: accountNumberPatternSchema.nullable().optional(),
  partyReferencePattern: partyReferencePatternSchema.optional(),
});
export type CreateTenant = z.infer<typeof createTenantSchema>;

/** Code and currency never change: other systems and every amount refer to them. */
export const updateTenantSchema = z.strictObject({
  groupId: idSchema.nullable().optional(),
  name: nameText(200).optional(),
  country: countrySchema.optional(),
  locale: localeSchema.optional(),
  timeZone: timeZoneSchema.optional(),
  roundingMode: roundingModeSchema.optional(),
  fourEyesActions: fourEyesActionsSchema.optional(),
  accountNumberPattern: accountNumberPatternSchema.nullable().optional(),
  partyReferencePattern: partyReferencePatternSchema.optional(),
});
export type UpdateTenant = z.infer<typeof updateTenantSchema>;

export const tenantPathSchema = z.strictObject({ tenantId: idSchema });
