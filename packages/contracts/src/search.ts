import { z } from 'zod';
import { idSchema } from './fields.ts';

export const searchHitKinds = ['party', 'account'] as const;
export const searchHitKindSchema = z.enum(searchHitKinds);
export type SearchHitKind = z.infer<typeof searchHitKindSchema>;

/** One text box for the back office: a name in any script, an account number, an e-mail or a phone. */
export const searchQuerySchema = z.strictObject({
  q: z.string().trim().min(1).max(200).meta({ description: 'Name, account number, e-mail or phone (any part)' }),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type SearchQuery = z.infer<typeof searchQuerySchema>;

/**
 * A party or an account that matches, best first. Score runs from 0 to 1: exact account numbers
 * and e-mails score 1, phone digit matches next, then names by trigram similarity.
 */
export const searchHitSchema = z
  .object({
    kind: searchHitKindSchema,
    id: idSchema,
    partyId: idSchema,
    label: z.string(),
    detail: z.string().nullable(),
    score: z.number().min(0).max(1),
  })
  .meta({ id: 'SearchHit' });
export type SearchHit = z.infer<typeof searchHitSchema>;

export const searchResultSchema = z.object({ items: z.array(searchHitSchema) });
export type SearchResult = z.infer<typeof searchResultSchema>;
