import type { Grant, Session } from '@utilis/contracts';
import { describe, expect, it } from 'vitest';
import { accessOf, needsRoleList } from './access-of.ts';

const water = { id: '00000000-0000-4000-8000-000000000001', groupId: '00000000-0000-4000-8000-0000000000a1' };
const gas = { id: '00000000-0000-4000-8000-000000000002', groupId: null };
const createdAt = '2026-11-23T10:00:00Z';

const grant = (roleCode: string, scope: Grant['scope'], roleId = `role-${roleCode}`): Grant => ({
  id: `grant-${roleCode}`,
  roleId,
  roleCode,
  scope,
  createdAt,
});

const session = (grants: Grant[], deploymentPermissions: Session['deploymentPermissions'] = []) => ({
  grants,
  deploymentPermissions,
});

describe('access of the signed-in user', () => {
  it('lets a tenant cashier post payments there and nowhere else, and never edit parties', () => {
    const access = accessOf(session([grant('cashier', { scope: 'tenant', tenantId: water.id })]), new Map());
    expect(access.inTenant(water, 'payments.post')).toBe(true);
    expect(access.inTenant(water, 'parties.edit')).toBe(false);
    expect(access.inTenant(gas, 'payments.post')).toBe(false);
    expect(access.anywhere('access.users.manage')).toBe(false);
  });

  it('limits a branch grant to its branch', () => {
    const access = accessOf(
      session([grant('cashier', { scope: 'branch', tenantId: water.id, branchCode: 'centre' })]),
      new Map(),
    );
    expect(access.inTenant(water, 'accounts.read')).toBe(true);
    expect(access.branchesIn(water, 'accounts.read')).toEqual(new Set(['centre']));
  });

  it('reaches the tenants of a group through a group grant', () => {
    const access = accessOf(session([grant('analyst', { scope: 'group', tenantGroupId: water.groupId })]), new Map());
    expect(access.inTenant(water, 'parties.read')).toBe(true);
    expect(access.inTenant(gas, 'parties.read')).toBe(false);
  });

  it('reads a custom role from the role list, and a built-in one without it', () => {
    const grants = [
      grant('meter_lead', { scope: 'tenant', tenantId: gas.id }, 'custom-role'),
      grant('administrator', { scope: 'deployment' }),
    ];
    const access = accessOf(session(grants, ['audit.read']), new Map([['custom-role', ['metering.edit' as const]]]));
    expect(access.inTenant(gas, 'metering.edit')).toBe(true);
    expect(access.inTenant(water, 'access.api_keys.manage')).toBe(true);
    expect(access.anywhere('access.roles.manage')).toBe(true);
    expect(access.deploymentWide('audit.read')).toBe(true);
    expect(access.deploymentWide('tenants.manage')).toBe(false);
  });

  it('grants nothing for a custom role it cannot resolve', () => {
    const access = accessOf(session([grant('unknown_role', { scope: 'tenant', tenantId: gas.id })]), new Map());
    expect(access.inTenant(gas, 'parties.read')).toBe(false);
  });
});

describe('the role list', () => {
  it('is not asked for by someone who holds only built-in roles without role or user management', () => {
    const grants = [
      grant('cashier', { scope: 'tenant', tenantId: water.id }),
      grant('reading_clerk', { scope: 'group', tenantGroupId: water.groupId }),
    ];
    expect(needsRoleList(session(grants))).toBe(false);
  });

  it('is asked for by an administrator, who may read it', () => {
    expect(needsRoleList(session([grant('administrator', { scope: 'tenant', tenantId: gas.id })]))).toBe(true);
  });

  it('is asked for by the holder of a custom role, whose permissions only the list says', () => {
    expect(needsRoleList(session([grant('meter_lead', { scope: 'tenant', tenantId: gas.id }, 'custom-role')]))).toBe(
      true,
    );
  });
});
