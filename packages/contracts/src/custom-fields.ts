import { z } from 'zod';
import { idSchema, instantSchema, nameText } from './fields.ts';

/** What a tenant's custom field is attached to. */
export const customFieldEntities = ['party', 'account', 'premise'] as const;
export const customFieldEntitySchema = z.enum(customFieldEntities);
export type CustomFieldEntity = z.infer<typeof customFieldEntitySchema>;

/** How a custom field's value is typed and checked; every value travels as text. */
export const customFieldTypes = ['text', 'number', 'date', 'choice'] as const;
export const customFieldTypeSchema = z.enum(customFieldTypes);
export type CustomFieldType = z.infer<typeof customFieldTypeSchema>;

const codeText = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,62}$/, 'Lowercase letters, digits and _, starting with a letter, up to 63 characters');

export const customFieldChoiceSchema = z
  .strictObject({ code: codeText, label: nameText(200) })
  .meta({ id: 'CustomFieldChoice' });
export type CustomFieldChoice = z.infer<typeof customFieldChoiceSchema>;

/** A field a tenant adds to its parties, accounts or premises. */
export const customFieldDefinitionSchema = z
  .object({
    id: idSchema,
    tenantId: idSchema,
    entity: customFieldEntitySchema,
    key: z.string().meta({ description: 'Stable code, unique per tenant and entity; never changes' }),
    label: z.string(),
    type: customFieldTypeSchema,
    choices: z.array(customFieldChoiceSchema).nullable().meta({ description: 'The options of a choice field' }),
    isRequired: z.boolean(),
    isSearchable: z.boolean().meta({ description: 'Values are found by the search box' }),
    isRetired: z.boolean().meta({ description: 'Hidden from new input; existing values stay readable' }),
    position: z.number().int(),
    createdAt: instantSchema,
    updatedAt: instantSchema,
  })
  .meta({ id: 'CustomFieldDefinition' });
export type CustomFieldDefinition = z.infer<typeof customFieldDefinitionSchema>;

const choicesInput = z.array(customFieldChoiceSchema).max(200);
const positionInput = z.number().int().min(0).max(10_000);

export const createCustomFieldDefinitionSchema = z.strictObject({
  entity: customFieldEntitySchema,
  key: codeText,
  label: nameText(200),
  type: customFieldTypeSchema,
  choices: choicesInput.nullable().optional(),
  isRequired: z.boolean().optional(),
  isSearchable: z.boolean().optional(),
  position: positionInput.optional(),
});
export type CreateCustomFieldDefinition = z.infer<typeof createCustomFieldDefinitionSchema>;

/** Entity and key never change; a type changes only while the field has no values. */
export const updateCustomFieldDefinitionSchema = z.strictObject({
  label: nameText(200).optional(),
  type: customFieldTypeSchema.optional(),
  choices: choicesInput.nullable().optional(),
  isRequired: z.boolean().optional(),
  isSearchable: z.boolean().optional(),
  isRetired: z.boolean().optional(),
  position: positionInput.optional(),
});
export type UpdateCustomFieldDefinition = z.infer<typeof updateCustomFieldDefinitionSchema>;

export const customFieldPathSchema = z.strictObject({ tenantId: idSchema, fieldId: idSchema });
export const customFieldQuerySchema = z.strictObject({
  entity: customFieldEntitySchema.optional().meta({ description: 'Only the fields of this entity' }),
});

/** One field of an entity with its value as text (null: no value). */
export const customFieldValueSchema = z
  .object({ field: customFieldDefinitionSchema, value: z.string().nullable() })
  .meta({ id: 'CustomFieldValue' });
export type CustomFieldValue = z.infer<typeof customFieldValueSchema>;

/** An entity's custom fields in order: every live field, and retired ones that still hold a value. */
export const customFieldValuesSchema = z
  .object({ entity: customFieldEntitySchema, entityId: idSchema, fields: z.array(customFieldValueSchema) })
  .meta({ id: 'CustomFieldValues' });
export type CustomFieldValues = z.infer<typeof customFieldValuesSchema>;

export const setCustomFieldValuesSchema = z.strictObject({
  values: z.record(z.string().max(63), z.string().max(4000).nullable()).meta({
    description:
      'Field key → value as text (number: exact decimal, date: YYYY-MM-DD, choice: its code); null or blank clears. Keys left out keep their value.',
  }),
});
export type SetCustomFieldValues = z.infer<typeof setCustomFieldValuesSchema>;
