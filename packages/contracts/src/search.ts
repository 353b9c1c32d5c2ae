import { z } from 'zod';
import { idSchema } from './fields.ts';

export const searchHitKinds = ['party', 'account', 'premise', 'meter', 'customField'] as const;
export const searchHitKindSchema = z.enum(searchHitKinds);
export type SearchHitKind = z.infer<typeof searchHitKindSchema>;

/**
 * One text box for the back office: a name in any script, an account number, an e-mail, a phone,
 * an address, a meter serial or a searchable custom field value.
 */
export const searchQuerySchema = z.strictObject({
  q: z.string().trim().min(1).max(200).meta({
    description: 'Name, account number, e-mail, phone, address, meter serial or custom field value (any part)',
  }),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type SearchQuery = z.infer<typeof searchQuerySchema>;

/**
 * A party, account, premise, meter or custom field value that matches, best first. Score runs
 * from 0 to 1: exact account numbers, e-mails and meter serials score 1, then partial account
 * numbers, phone digits, serials, names, addresses and custom field values. `partyId` is the
 * party the hit belongs to (for a premise or meter: the holder of the running agreement there),
 * null when there is none or the caller may not see its account.
 */
export const searchHitSchema = z
  .object({
    kind: searchHitKindSchema,
    id: idSchema,
    partyId: idSchema.nullable(),
    label: z.string(),
    detail: z.string().nullable(),
    score: z.number().min(0).max(1),
  })
  .meta({ id: 'SearchHit' });
export type SearchHit = z.infer<typeof searchHitSchema>;

export const searchResultSchema = z.object({ items: z.array(searchHitSchema) });
export type SearchResult = z.infer<typeof searchResultSchema>;
