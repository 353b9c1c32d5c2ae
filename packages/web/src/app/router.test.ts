import { describe, expect, it } from 'vitest';
import { matchPath } from './router.ts';

describe('matchPath', () => {
  it('takes one decoded segment per parameter and refuses any other shape', () => {
    expect(matchPath('/parties/:partyId', '/parties/0190-ab')).toEqual({ partyId: '0190-ab' });
    expect(matchPath('/parties/:partyId', '/parties/a%20b/')).toEqual({ partyId: 'a b' });
    expect(matchPath('/parties/:partyId', '/parties')).toBeNull();
    expect(matchPath('/parties/:partyId', '/parties/')).toBeNull();
    expect(matchPath('/parties/:partyId', '/parties/a/b')).toBeNull();
    expect(matchPath('/parties/:partyId', '/accounts/a')).toBeNull();
    expect(matchPath('/parties/:partyId', '/parties/%E0%A4%A')).toBeNull();
  });
});
