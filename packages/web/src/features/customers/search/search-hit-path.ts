import type { SearchHit } from '@utilis/contracts';
import { tenantPath } from '../../../app/tenant-link.ts';

/**
 * Where opening a hit leads, in the tenant searched: its party's 360 page whenever it has one (a
 * party, an account's holder, whoever lives at a premise or uses a meter); a meter without one
 * opens the meter; a vacant premise leads nowhere yet (null).
 */
export function searchHitPath(
  hit: Pick<SearchHit, 'kind' | 'id' | 'partyId'>,
  tenant: { code: string },
): string | null {
  if (hit.partyId !== null) return tenantPath(`/parties/${encodeURIComponent(hit.partyId)}`, tenant);
  if (hit.kind === 'meter') return tenantPath(`/meters/${encodeURIComponent(hit.id)}`, tenant);
  return null;
}
