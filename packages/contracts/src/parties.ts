import { z } from 'zod';
import { emailSchema, idSchema, instantSchema, localeSchema, nameText, phoneSchema } from './fields.ts';

export const partyKinds = ['person', 'organisation'] as const;
export const partyKindSchema = z.enum(partyKinds);
export type PartyKind = z.infer<typeof partyKindSchema>;

/** A person or an organisation that holds accounts. */
export const partySchema = z
  .object({
    id: idSchema,
    tenantId: idSchema,
    kind: partyKindSchema,
    displayName: z.string(),
    givenName: z.string().nullable(),
    middleName: z.string().nullable(),
    familyName: z.string().nullable(),
    organisationName: z.string().nullable(),
    registrationNumber: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    preferredLocale: z.string().nullable(),
    createdAt: instantSchema,
    updatedAt: instantSchema,
  })
  .meta({ id: 'Party' });
export type Party = z.infer<typeof partySchema>;

const contactFields = {
  email: emailSchema.nullable().optional(),
  phone: phoneSchema.nullable().optional(),
  preferredLocale: localeSchema.nullable().optional(),
};

const personFields = {
  givenName: nameText(200),
  middleName: nameText(200).nullable().optional(),
  familyName: nameText(200),
};

const organisationFields = {
  organisationName: nameText(300),
  registrationNumber: nameText(64).nullable().optional(),
};

export const createPartySchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('person'), ...personFields, ...contactFields }),
  z.strictObject({ kind: z.literal('organisation'), ...organisationFields, ...contactFields }),
]);
export type CreateParty = z.infer<typeof createPartySchema>;

/** Fields of the other kind are refused when applied (a person has no organisationName). */
export const updatePartySchema = z.strictObject({
  givenName: personFields.givenName.optional(),
  middleName: personFields.middleName,
  familyName: personFields.familyName.optional(),
  organisationName: organisationFields.organisationName.optional(),
  registrationNumber: organisationFields.registrationNumber,
  ...contactFields,
});
export type UpdateParty = z.infer<typeof updatePartySchema>;

export const partyPathSchema = z.strictObject({ tenantId: idSchema, partyId: idSchema });
