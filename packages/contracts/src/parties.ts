import { z } from 'zod';
import {
  countrySchema,
  emailSchema,
  idSchema,
  instantSchema,
  localeSchema,
  nameText,
  phoneSchema,
  plainDateSchema,
} from './fields.ts';

export const partyKinds = ['person', 'organisation'] as const;
export const partyKindSchema = z.enum(partyKinds);
export type PartyKind = z.infer<typeof partyKindSchema>;

export const contactChannels = ['email', 'phone', 'sms', 'post'] as const;
export const contactChannelSchema = z.enum(contactChannels);
export type ContactChannel = z.infer<typeof contactChannelSchema>;

/** The tenant's own customer number: the natural key imports and other systems use. */
export const partyReferenceSchema = z
  .string()
  .trim()
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} ./_-]{0,63}$/u, 'Letters, digits, spaces and . / _ -, up to 64 characters')
  .meta({ description: "The tenant's customer number, unique within the tenant", example: 'C-004217' });

/** A person or an organisation that holds accounts. */
export const partySchema = z
  .object({
    id: idSchema,
    tenantId: idSchema,
    kind: partyKindSchema,
    reference: z
      .string()
      .nullable()
      .meta({
        description:
          "The customer number: the one given, else the tenant's next (its partyReferencePattern, by default C, " +
          'eight digits and a check digit); null only where someone cleared it',
        example: 'C000000018',
      }),
    displayName: z.string(),
    givenName: z.string().nullable(),
    middleName: z.string().nullable(),
    familyName: z.string().nullable(),
    organisationName: z.string().nullable(),
    registrationNumber: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    preferredLocale: z.string().nullable(),
    preferredChannel: contactChannelSchema.nullable(),
    createdAt: instantSchema,
    updatedAt: instantSchema,
  })
  .meta({ id: 'Party' });
export type Party = z.infer<typeof partySchema>;

const contactFields = {
  email: emailSchema.nullable().optional(),
  phone: phoneSchema.nullable().optional(),
  preferredLocale: localeSchema.nullable().optional(),
  preferredChannel: contactChannelSchema
    .nullable()
    .optional()
    .meta({ description: 'How the party prefers to be reached' }),
  reference: partyReferenceSchema.nullable().optional(),
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

export const identityDocumentKindSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]{0,31}$/, 'Lowercase letters, digits, _ and -, up to 32 characters')
  .meta({
    description: 'A code: passport, national_id, tax_id, driving_licence or one of the tenant',
    example: 'passport',
  });

/** An identity document a party showed: a passport, a national identity card, a tax number. */
export const identityDocumentSchema = z
  .object({
    id: idSchema,
    kind: identityDocumentKindSchema,
    number: z.string(),
    issuingCountry: z.string().nullable(),
    issuedOn: plainDateSchema.nullable(),
    validUntil: plainDateSchema.nullable(),
    createdAt: instantSchema,
    updatedAt: instantSchema,
  })
  .meta({ id: 'IdentityDocument' });
export type IdentityDocument = z.infer<typeof identityDocumentSchema>;

export const identityDocumentInputSchema = z
  .strictObject({
    id: idSchema.optional().meta({ description: 'Keeps an existing document; omitted for a new one' }),
    kind: identityDocumentKindSchema,
    number: nameText(64),
    issuingCountry: countrySchema.nullable().optional(),
    issuedOn: plainDateSchema.nullable().optional(),
    validUntil: plainDateSchema.nullable().optional(),
  })
  .refine((document) => !document.issuedOn || !document.validUntil || document.validUntil >= document.issuedOn, {
    message: 'A document cannot expire before it was issued',
    path: ['validUntil'],
  });
export type IdentityDocumentInput = z.infer<typeof identityDocumentInputSchema>;

/** Consent to one purpose: in force while given and not withdrawn since. */
const consentSchema = z
  .object({
    given: z.boolean(),
    givenOn: plainDateSchema.nullable(),
    withdrawnOn: plainDateSchema.nullable(),
  })
  .meta({ id: 'ContactConsent' });

/** One way to reach a party, with its consent to service notices and to marketing. */
export const partyContactSchema = z
  .object({
    id: idSchema,
    channel: contactChannelSchema,
    value: z.string(),
    serviceNotices: consentSchema,
    marketing: consentSchema,
    createdAt: instantSchema,
    updatedAt: instantSchema,
  })
  .meta({ id: 'PartyContact' });
export type PartyContact = z.infer<typeof partyContactSchema>;

const consentInputSchema = z
  .strictObject({
    givenOn: plainDateSchema.nullable().optional().meta({ description: 'The day consent was given' }),
    withdrawnOn: plainDateSchema
      .nullable()
      .optional()
      .meta({ description: 'The day consent was withdrawn; needs givenOn, on or after it' }),
  })
  .refine((consent) => !consent.withdrawnOn || (consent.givenOn && consent.withdrawnOn >= consent.givenOn), {
    message: 'Consent is withdrawn on or after the day it was given',
    path: ['withdrawnOn'],
  });

const contactValueSchemas: Record<ContactChannel, z.ZodType> = {
  email: emailSchema,
  phone: phoneSchema,
  sms: phoneSchema,
  post: nameText(500),
};

export const partyContactInputSchema = z
  .strictObject({
    id: idSchema.optional().meta({ description: 'Keeps an existing contact; omitted for a new one' }),
    channel: contactChannelSchema,
    value: z
      .string()
      .trim()
      .min(1)
      .max(500)
      .meta({ description: 'An e-mail address, a phone number or a postal address' }),
    serviceNotices: consentInputSchema.optional(),
    marketing: consentInputSchema.optional(),
  })
  .superRefine((contact, context) => {
    const parsed = contactValueSchemas[contact.channel].safeParse(contact.value);
    if (!parsed.success) {
      context.addIssue({ code: 'custom', path: ['value'], message: `Not a valid ${contact.channel} contact` });
    }
  });
export type PartyContactInput = z.infer<typeof partyContactInputSchema>;

/** The whole list at once: entries with an id are kept and changed, new ones added, missing ones removed. */
export const replaceIdentityDocumentsSchema = z.strictObject({
  items: z.array(identityDocumentInputSchema).max(50),
});
export type ReplaceIdentityDocuments = z.infer<typeof replaceIdentityDocumentsSchema>;

export const replacePartyContactsSchema = z.strictObject({ items: z.array(partyContactInputSchema).max(50) });
export type ReplacePartyContacts = z.infer<typeof replacePartyContactsSchema>;

export const identityDocumentListSchema = z.object({ items: z.array(identityDocumentSchema) });
export const partyContactListSchema = z.object({ items: z.array(partyContactSchema) });
