import { fail, ok, type Result } from '@utilis/domain';

/** What replacing a stored list with a sent one means, row by row. */
export interface ListReplacement<Item> {
  readonly changed: readonly (Item & { readonly id: string })[];
  readonly added: readonly Item[];
  readonly removedIds: readonly string[];
}

/**
 * Entries sent with an id keep that row (so its history and audit trail follow it), entries
 * without one are new, stored rows not sent are removed. An id that is not one of the stored
 * rows, or that is sent twice, is refused rather than silently becoming a new row.
 */
export function planListReplacement<Item extends { readonly id?: string | undefined }>(
  storedIds: readonly string[],
  items: readonly Item[],
): Result<ListReplacement<Item>, 'validation_failed'> {
  const stored = new Set(storedIds);
  const sent = new Set<string>();
  const changed: (Item & { readonly id: string })[] = [];
  const added: Item[] = [];
  for (const [index, item] of items.entries()) {
    const id = item.id;
    if (id === undefined) {
      added.push(item);
      continue;
    }
    if (!stored.has(id) || sent.has(id)) {
      return fail('validation_failed', `items[${index}].id is not an entry of this list or is sent twice`);
    }
    sent.add(id);
    changed.push({ ...item, id });
  }
  return ok({ changed, added, removedIds: storedIds.filter((id) => !sent.has(id)) });
}
