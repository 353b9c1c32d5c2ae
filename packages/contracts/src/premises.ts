import { z } from 'zod';
import { countrySchema, idSchema, instantSchema, nameText } from './fields.ts';
import { pageQuerySchema } from './pagination.ts';

/** What a service point delivers; one service point per kind at a premise. */
export const serviceKinds = [
  'water',
  'sewage',
  'electricity',
  'gas',
  'heating',
  'hot_water',
  'waste',
  'maintenance',
] as const;
export const serviceKindSchema = z.enum(serviceKinds);
export type ServiceKind = z.infer<typeof serviceKindSchema>;

const coordinate = (maxDegrees: 90 | 180) =>
  z
    .string()
    .regex(/^-?\d{1,3}(\.\d{1,9})?$/, 'An exact decimal with up to 9 decimals, e.g. 48.856614')
    .refine((text) => Math.abs(Number(text)) <= maxDegrees, `Between -${maxDegrees} and ${maxDegrees}`);

/** An address, possibly a unit inside a building premise. */
export const premiseSchema = z
  .object({
    id: idSchema,
    tenantId: idSchema,
    parentPremiseId: idSchema.nullable().meta({ description: 'The building this premise is a unit of' }),
    reference: z
      .string()
      .nullable()
      .meta({ description: "The tenant's own code for the premise (cadastral or house number), unique per tenant" }),
    addressLine1: z.string(),
    addressLine2: z.string().nullable(),
    city: z.string(),
    postalCode: z.string().nullable(),
    country: z.string(),
    latitude: z.string().nullable().meta({ description: 'Exact decimal degrees, as text' }),
    longitude: z.string().nullable().meta({ description: 'Exact decimal degrees, as text' }),
    areaM2: z.string().nullable().meta({ description: 'Floor area in m², an exact decimal as text' }),
    rooms: z.number().int().nullable(),
    occupants: z.number().int().nullable(),
    districtMeteredAreaCode: z.string().nullable(),
    createdAt: instantSchema,
    updatedAt: instantSchema,
  })
  .meta({ id: 'Premise' });
export type Premise = z.infer<typeof premiseSchema>;

/** Where one service is delivered at a premise. */
export const servicePointSchema = z
  .object({
    id: idSchema,
    tenantId: idSchema,
    premiseId: idSchema,
    kind: serviceKindSchema,
    createdAt: instantSchema,
  })
  .meta({ id: 'ServicePoint' });
export type ServicePoint = z.infer<typeof servicePointSchema>;

export const premiseWithServicePointsSchema = premiseSchema
  .extend({ servicePoints: z.array(servicePointSchema) })
  .meta({ id: 'PremiseWithServicePoints' });
export type PremiseWithServicePoints = z.infer<typeof premiseWithServicePointsSchema>;

const premiseFields = {
  parentPremiseId: idSchema.nullable().optional(),
  reference: z
    .string()
    .trim()
    .regex(/^[\p{L}\p{N}][\p{L}\p{N} ./_-]{0,63}$/u, 'Letters, digits, spaces and . / _ -, up to 64 characters')
    .nullable()
    .optional(),
  addressLine1: nameText(200),
  addressLine2: nameText(200).nullable().optional(),
  city: nameText(100),
  postalCode: nameText(20).nullable().optional(),
  country: countrySchema,
  latitude: coordinate(90).nullable().optional(),
  longitude: coordinate(180).nullable().optional(),
  areaM2: z
    .string()
    .regex(/^\d{1,7}(\.\d{1,4})?$/, 'An exact decimal of m², up to 4 decimals, e.g. 54.3')
    .nullable()
    .optional(),
  rooms: z.number().int().min(0).max(1000).nullable().optional(),
  occupants: z.number().int().min(0).max(100_000).nullable().optional(),
  districtMeteredAreaCode: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_.-]{1,32}$/)
    .nullable()
    .optional(),
};

export const createPremiseSchema = z.strictObject(premiseFields);
export type CreatePremise = z.infer<typeof createPremiseSchema>;

export const updatePremiseSchema = z.strictObject({
  ...premiseFields,
  addressLine1: premiseFields.addressLine1.optional(),
  city: premiseFields.city.optional(),
  country: premiseFields.country.optional(),
});
export type UpdatePremise = z.infer<typeof updatePremiseSchema>;

export const createServicePointSchema = z.strictObject({ kind: serviceKindSchema });
export type CreateServicePoint = z.infer<typeof createServicePointSchema>;

export const premisePathSchema = z.strictObject({ tenantId: idSchema, premiseId: idSchema });
export const servicePointPathSchema = z.strictObject({ tenantId: idSchema, servicePointId: idSchema });
export const premiseQuerySchema = pageQuerySchema.extend({
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .meta({ description: 'Text the address lines, city, postal code or reference must contain' }),
  parentPremiseId: idSchema.optional().meta({ description: 'Only the units of this building' }),
});
