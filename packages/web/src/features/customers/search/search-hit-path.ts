import type { SearchHit } from '@utilis/contracts';

/**
 * Where opening a hit leads: its party's 360 page whenever it has one (a party, an account's
 * holder, whoever lives at a premise or uses a meter); a meter without one opens the meter; a
 * vacant premise leads nowhere yet (null).
 */
export function searchHitPath(hit: Pick<SearchHit, 'kind' | 'id' | 'partyId'>): string | null {
  if (hit.partyId !== null) return `/parties/${encodeURIComponent(hit.partyId)}`;
  if (hit.kind === 'meter') return `/meters/${encodeURIComponent(hit.id)}`;
  return null;
}
