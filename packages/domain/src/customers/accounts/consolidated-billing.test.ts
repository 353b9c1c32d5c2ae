import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wouldCloseBillingLoop } from './consolidated-billing.ts';

/** Parents indexed by account; a parent always has a smaller index, so the start is a forest. */
const forest = fc
  .array(fc.option(fc.nat(), { nil: null }), { minLength: 1, maxLength: 12 })
  .map((picks) => picks.map((pick, index) => (pick === null || index === 0 ? null : `a${pick % index}`)));

const ancestorsOf = (id: string, parents: Map<string, string | null>): Set<string> => {
  const found = new Set<string>();
  for (let current = parents.get(id); current && !found.has(current); current = parents.get(current)) {
    found.add(current);
  }
  return found;
};

describe('wouldCloseBillingLoop', () => {
  it('refuses the account as its own parent and a child as parent of its ancestor', () => {
    const parents = new Map([
      ['group', null],
      ['site', 'group'],
      ['flat', 'site'],
    ]);
    const parentOf = (id: string) => parents.get(id);
    expect(wouldCloseBillingLoop('site', 'site', parentOf)).toBe(true);
    expect(wouldCloseBillingLoop('group', 'flat', parentOf)).toBe(true);
    expect(wouldCloseBillingLoop('flat', 'group', parentOf)).toBe(false);
  });

  it('refuses exactly the links whose parent is the account or lies below it', () => {
    fc.assert(
      fc.property(forest, fc.nat(), fc.nat(), (parentList, i, j) => {
        const parents = new Map(parentList.map((parent, index) => [`a${index}`, parent]));
        const account = `a${i % parentList.length}`;
        const parent = `a${j % parentList.length}`;
        const expected = account === parent || ancestorsOf(parent, parents).has(account);
        expect(wouldCloseBillingLoop(account, parent, (id) => parents.get(id))).toBe(expected);
      }),
    );
  });

  it('keeps the accounts loop-free however many accepted links are made', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(7), fc.nat(7)), { maxLength: 30 }), (links) => {
        const parents = new Map<string, string | null>();
        for (const [child, parent] of links) {
          if (!wouldCloseBillingLoop(`a${child}`, `a${parent}`, (id) => parents.get(id))) {
            parents.set(`a${child}`, `a${parent}`);
          }
        }
        for (const id of parents.keys()) expect(ancestorsOf(id, parents).has(id)).toBe(false);
      }),
    );
  });
});
