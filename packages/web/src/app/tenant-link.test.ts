import { describe, expect, it } from 'vitest';
import { withSearchParameter } from './router.ts';
import { linkedTenant, tenantPath } from './tenant-link.ts';

const water = { id: '01a21300-3ffc-7de5-a398-5c1205aa8a29', code: 'aqua-nord' };
const gas = { id: '01a21300-42b7-742c-bf9d-f6d8aa4ff579', code: 'gaz-sud' };

describe('tenant links', () => {
  it('name their tenant by code in the query, keeping any other parameter', () => {
    expect(tenantPath(`/parties/${gas.id}`, water)).toBe(`/parties/${gas.id}?tenant=aqua-nord`);
    expect(tenantPath('/meters?status=stock', water)).toBe('/meters?status=stock&tenant=aqua-nord');
    expect(tenantPath('/parties?tenant=gaz-sud', water)).toBe('/parties?tenant=aqua-nord');
  });

  it('find the tenant they name by code in any case or by id, and none they do not name', () => {
    expect(linkedTenant([gas, water], 'aqua-nord')).toBe(water);
    expect(linkedTenant([gas, water], 'AQUA-NORD')).toBe(water);
    expect(linkedTenant([gas, water], gas.id)).toBe(gas);
    expect(linkedTenant([gas, water], 'elsewhere')).toBeNull();
    expect(linkedTenant([gas, water], null)).toBeNull();
  });

  it('drop the tenant from a path when it is switched away from', () => {
    expect(withSearchParameter('/parties/x?tenant=aqua-nord', 'tenant', null)).toBe('/parties/x');
    expect(withSearchParameter('/parties?q=curie&tenant=aqua-nord', 'tenant', null)).toBe('/parties?q=curie');
  });
});
