import { describe, expect, it } from 'vitest';
import { searchHitPath } from './search-hit-path.ts';

describe('searchHitPath', () => {
  const partyId = '01a21300-3ffc-7de5-a398-5c1205aa8a29';
  const id = '01a21300-42b7-742c-bf9d-f6d8aa4ff579';
  const tenant = { code: 'aqua-nord' };

  it("opens the party's 360 page in the tenant searched, for every kind that has a party", () => {
    for (const kind of ['party', 'account', 'premise', 'meter', 'customField'] as const) {
      expect(searchHitPath({ kind, id, partyId }, tenant)).toBe(`/parties/${partyId}?tenant=aqua-nord`);
    }
  });

  it('opens a meter nobody uses on its own page, and a vacant premise nowhere', () => {
    expect(searchHitPath({ kind: 'meter', id, partyId: null }, tenant)).toBe(`/meters/${id}?tenant=aqua-nord`);
    expect(searchHitPath({ kind: 'premise', id, partyId: null }, tenant)).toBeNull();
  });
});
