import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  accessInTenant,
  canSeeTenant,
  deploymentPermissions,
  type HeldGrant,
  scopeWithin,
} from './effective-access.ts';

const tenantA = { id: 'a', groupId: 'north' };
const tenantB = { id: 'b', groupId: 'south' };
const grant = (partial: Partial<HeldGrant> & Pick<HeldGrant, 'scope' | 'permissions'>): HeldGrant => ({
  tenantGroupId: null,
  tenantId: null,
  branchCode: null,
  ...partial,
});

describe('access in a tenant', () => {
  it('gives a deployment grant every tenant', () => {
    const grants = [grant({ scope: 'deployment', permissions: ['parties.read'] })];
    expect(canSeeTenant(grants, tenantA)).toBe(true);
    expect(accessInTenant(grants, tenantB).permissions).toEqual(new Set(['parties.read']));
    expect(deploymentPermissions(grants)).toEqual(new Set(['parties.read']));
  });

  it('gives a group grant only the tenants of that group', () => {
    const grants = [grant({ scope: 'group', tenantGroupId: 'north', permissions: ['parties.read'] })];
    expect(canSeeTenant(grants, tenantA)).toBe(true);
    expect(canSeeTenant(grants, tenantB)).toBe(false);
    expect(canSeeTenant(grants, { id: 'c', groupId: null })).toBe(false);
  });

  it('limits a branch grant to its branch, unless the permission is also held tenant-wide', () => {
    const cashier = grant({
      scope: 'branch',
      tenantId: 'a',
      branchCode: 'centre',
      permissions: ['accounts.read', 'payments.post'],
    });
    const viewer = grant({ scope: 'tenant', tenantId: 'a', permissions: ['accounts.read'] });
    expect(accessInTenant([cashier], tenantA).branchesFor('accounts.read')).toEqual(new Set(['centre']));
    expect(accessInTenant([cashier, viewer], tenantA).branchesFor('accounts.read')).toBeNull();
    expect(accessInTenant([cashier, viewer], tenantA).branchesFor('payments.post')).toEqual(new Set(['centre']));
    expect(accessInTenant([cashier], tenantB).permissions.size).toBe(0);
  });

  it('never grants in a tenant a permission no covering grant holds', () => {
    const scopes = fc.record({
      scope: fc.constantFrom('deployment' as const, 'group' as const, 'tenant' as const, 'branch' as const),
      group: fc.constantFrom('north', 'south'),
      tenant: fc.constantFrom('a', 'b'),
      permissions: fc.subarray(['x.read', 'x.edit', 'y.read']),
    });
    fc.assert(
      fc.property(fc.array(scopes, { maxLength: 5 }), (raw) => {
        const grants = raw.map((each) =>
          grant({
            scope: each.scope,
            permissions: each.permissions,
            tenantGroupId: each.scope === 'group' ? each.group : null,
            tenantId: each.scope === 'tenant' || each.scope === 'branch' ? each.tenant : null,
            branchCode: each.scope === 'branch' ? 'centre' : null,
          }),
        );
        const access = accessInTenant(grants, tenantA);
        for (const permission of access.permissions) {
          expect(grants.some((each) => each.permissions.includes(permission) && canSeeTenant([each], tenantA))).toBe(
            true,
          );
        }
        if (!canSeeTenant(grants, tenantA)) expect(access.permissions.size).toBe(0);
      }),
    );
  });
});

describe('scopeWithin', () => {
  const groupOf = (tenantId: string) => (tenantId === 'a' ? 'north' : 'south');
  const scope = (partial: Partial<HeldGrant> & Pick<HeldGrant, 'scope'>) => grant({ permissions: [], ...partial });

  it('lets a group manager hand out its tenants and branches but not another group', () => {
    const manager = scope({ scope: 'group', tenantGroupId: 'north' });
    expect(scopeWithin(scope({ scope: 'tenant', tenantId: 'a' }), manager, groupOf)).toBe(true);
    expect(scopeWithin(scope({ scope: 'branch', tenantId: 'a', branchCode: 'x' }), manager, groupOf)).toBe(true);
    expect(scopeWithin(scope({ scope: 'tenant', tenantId: 'b' }), manager, groupOf)).toBe(false);
    expect(scopeWithin(scope({ scope: 'deployment' }), manager, groupOf)).toBe(false);
  });

  it('keeps a tenant manager inside its tenant', () => {
    const manager = scope({ scope: 'tenant', tenantId: 'a' });
    expect(scopeWithin(scope({ scope: 'branch', tenantId: 'a', branchCode: 'x' }), manager, groupOf)).toBe(true);
    expect(scopeWithin(scope({ scope: 'group', tenantGroupId: 'north' }), manager, groupOf)).toBe(false);
  });
});
