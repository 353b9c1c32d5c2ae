import { describe, expect, it } from 'vitest';
import { planListReplacement } from './list-replacement.ts';

describe('planListReplacement', () => {
  it('keeps sent ids, adds entries without one and removes the rest', () => {
    const plan = planListReplacement(['a', 'b', 'c'], [{ id: 'b', n: 1 }, { n: 2 }]);
    expect(plan).toEqual({
      ok: true,
      value: { changed: [{ id: 'b', n: 1 }], added: [{ n: 2 }], removedIds: ['a', 'c'] },
    });
  });

  it('refuses an unknown id and an id sent twice', () => {
    expect(planListReplacement(['a'], [{ id: 'z' }])).toMatchObject({ ok: false, code: 'validation_failed' });
    expect(planListReplacement(['a'], [{ id: 'a' }, { id: 'a' }])).toMatchObject({ ok: false });
  });
});
