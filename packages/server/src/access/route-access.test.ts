import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type Account,
  type ApiKey,
  type BuiltInRole,
  builtInRoles,
  type Party,
  type Permission,
  type PricePlanRecord,
  type Role,
  type Tenant,
  type User,
} from '@utilis/contracts';
import type { InjectOptions, RouteOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flatPlan } from '../testing/price-plans.ts';
import {
  createTestTenant,
  type Injector,
  openTestApp,
  type SignedIn,
  signIn,
  type TestApp,
  testPassword,
} from '../testing/test-app.ts';

const routeKey = (route: Pick<RouteOptions, 'method' | 'url'>) => `${[route.method].flat().join(',')} ${route.url}`;
const unknownId = '01900000-0000-7000-8000-000000000000';
const codeOf = (body: string): string | undefined => {
  try {
    return (JSON.parse(body) as { code?: string } | null)?.code;
  } catch {
    return undefined;
  }
};

// The only API routes anyone may call without signing in.
const publicRoutes = ['POST /api/v1/auth/login', 'GET /api/v1/openapi.json'];
// Routes outside the API: health, the API reference, and the web app's files.
const nonApiRoute = (url: string) =>
  url === '/health' || url === '/api/docs' || url.startsWith('/api/docs/') || url === '/*' || url === '/';

/** What a row's request may use: the tenant it addresses, and fixtures that all live in tenant A. */
interface World {
  readonly tenant: Tenant;
  readonly tenantA: Tenant;
  readonly party: Party;
  readonly account: Account;
  readonly plan: PricePlanRecord;
  readonly managedUser: User;
  readonly customRole: Role;
  readonly roleId: (code: string) => string;
  readonly me: { email: string; password: string };
  readonly freshUser: () => Promise<User>;
  readonly freshApiKey: () => Promise<ApiKey>;
  readonly unique: () => string;
}

interface Row {
  /** METHOD and URL as the route is registered. */
  readonly route: string;
  /** Who may call it, written here on purpose rather than read from the route, which must agree. */
  readonly access: 'public' | 'signed_in' | Permission;
  /** A permission needed deployment-wide: no tenant-scoped grant reaches the route. */
  readonly isDeploymentWide?: boolean;
  /** What a caller allowed to use the route gets: success, or a 4xx about the data (not 401/403). */
  readonly allowed: readonly number[];
  /** For a route whose handler accepts any of several permissions (its config says signed_in). */
  readonly needsAnyOf?: readonly Permission[];
  /** True when the tenant is named in the body rather than the path. */
  readonly namesTenantInBody?: boolean;
  /** A separate session of the same person, for a request that ends its own session. */
  readonly ownSession?: boolean;
  readonly request: (world: World) => InjectOptions | Promise<InjectOptions>;
}

const period = { start: '2025-01-01', end: '2025-03-31' };
let nextYear = 2030;

/** One representative request per API route; a route without a row fails the coverage test. */
const rows: readonly Row[] = [
  {
    route: 'POST /api/v1/auth/login',
    access: 'public',
    allowed: [200],
    request: ({ me }) => ({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: me.email, password: me.password },
    }),
  },
  {
    route: 'POST /api/v1/auth/logout',
    access: 'signed_in',
    allowed: [204],
    ownSession: true,
    request: () => ({ method: 'POST', url: '/api/v1/auth/logout' }),
  },
  {
    route: 'GET /api/v1/auth/session',
    access: 'signed_in',
    allowed: [200],
    request: () => ({ method: 'GET', url: '/api/v1/auth/session' }),
  },
  {
    route: 'POST /api/v1/auth/password',
    access: 'signed_in',
    allowed: [204],
    request: ({ me }) => ({
      method: 'POST',
      url: '/api/v1/auth/password',
      payload: { currentPassword: me.password, newPassword: me.password },
    }),
  },
  {
    route: 'GET /api/v1/auth/sessions',
    access: 'signed_in',
    allowed: [200],
    request: () => ({ method: 'GET', url: '/api/v1/auth/sessions' }),
  },
  {
    route: 'DELETE /api/v1/auth/sessions/:sessionId',
    access: 'signed_in',
    allowed: [404],
    request: () => ({ method: 'DELETE', url: `/api/v1/auth/sessions/${'0'.repeat(32)}` }),
  },
  {
    route: 'GET /api/v1/tenant-groups',
    access: 'tenants.read',
    allowed: [200],
    request: () => ({ method: 'GET', url: '/api/v1/tenant-groups' }),
  },
  {
    route: 'POST /api/v1/tenant-groups',
    access: 'tenants.manage',
    isDeploymentWide: true,
    allowed: [201],
    request: ({ unique }) => ({ method: 'POST', url: '/api/v1/tenant-groups', payload: { code: unique(), name: 'G' } }),
  },
  {
    route: 'GET /api/v1/tenants',
    access: 'tenants.read',
    allowed: [200],
    request: () => ({ method: 'GET', url: '/api/v1/tenants' }),
  },
  {
    route: 'POST /api/v1/tenants',
    access: 'tenants.manage',
    isDeploymentWide: true,
    allowed: [201],
    request: ({ unique }) => ({
      method: 'POST',
      url: '/api/v1/tenants',
      payload: { code: unique(), name: 'W', country: 'FR', currency: 'EUR', locale: 'fr', timeZone: 'Europe/Paris' },
    }),
  },
  {
    route: 'GET /api/v1/tenants/:tenantId',
    access: 'tenants.read',
    allowed: [200],
    request: ({ tenant }) => ({ method: 'GET', url: `/api/v1/tenants/${tenant.id}` }),
  },
  {
    route: 'PATCH /api/v1/tenants/:tenantId',
    access: 'tenants.manage',
    allowed: [200],
    request: ({ tenant }) => ({
      method: 'PATCH',
      url: `/api/v1/tenants/${tenant.id}`,
      payload: { name: 'Matrix Water' },
    }),
  },
  {
    route: 'GET /api/v1/tenants/:tenantId/parties',
    access: 'parties.read',
    allowed: [200],
    request: ({ tenant }) => ({ method: 'GET', url: `/api/v1/tenants/${tenant.id}/parties` }),
  },
  {
    route: 'POST /api/v1/tenants/:tenantId/parties',
    access: 'parties.edit',
    allowed: [201],
    request: ({ tenant }) => ({
      method: 'POST',
      url: `/api/v1/tenants/${tenant.id}/parties`,
      payload: { kind: 'person', givenName: 'Ada', familyName: 'Matrix' },
    }),
  },
  {
    route: 'GET /api/v1/tenants/:tenantId/parties/:partyId',
    access: 'parties.read',
    allowed: [200],
    request: ({ tenant, party }) => ({ method: 'GET', url: `/api/v1/tenants/${tenant.id}/parties/${party.id}` }),
  },
  {
    route: 'GET /api/v1/tenants/:tenantId/parties/:partyId/overview',
    access: 'parties.read',
    allowed: [200],
    request: ({ tenant, party }) => ({
      method: 'GET',
      url: `/api/v1/tenants/${tenant.id}/parties/${party.id}/overview`,
    }),
  },
  {
    route: 'PATCH /api/v1/tenants/:tenantId/parties/:partyId',
    access: 'parties.edit',
    allowed: [200],
    request: ({ tenant, party }) => ({
      method: 'PATCH',
      url: `/api/v1/tenants/${tenant.id}/parties/${party.id}`,
      payload: { phone: '+33 1 23 45 67 89' },
    }),
  },
  {
    route: 'GET /api/v1/tenants/:tenantId/parties/:partyId/identity-documents',
    access: 'parties.read',
    allowed: [200],
    request: ({ tenant, party }) => ({
      method: 'GET',
      url: `/api/v1/tenants/${tenant.id}/parties/${party.id}/identity-documents`,
    }),
  },
  {
    route: 'PUT /api/v1/tenants/:tenantId/parties/:partyId/identity-documents',
    access: 'parties.edit',
    allowed: [200],
    request: ({ tenant, party }) => ({
      method: 'PUT',
      url: `/api/v1/tenants/${tenant.id}/parties/${party.id}/identity-documents`,
      payload: { items: [{ kind: 'passport', number: 'X1234567', issuingCountry: 'FR' }] },
    }),
  },
  {
    route: 'GET /api/v1/tenants/:tenantId/parties/:partyId/contacts',
    access: 'parties.read',
    allowed: [200],
    request: ({ tenant, party }) => ({
      method: 'GET',
      url: `/api/v1/tenants/${tenant.id}/parties/${party.id}/contacts`,
    }),
  },
  {
    route: 'PUT /api/v1/tenants/:tenantId/parties/:partyId/contacts',
    access: 'parties.edit',
    allowed: [200],
    request: ({ tenant, party }) => ({
      method: 'PUT',
      url: `/api/v1/tenants/${tenant.id}/parties/${party.id}/contacts`,
      payload: { items: [{ channel: 'email', value: 'ada@example.org' }] },
    }),
  },
  {
    route: 'GET /api/v1/tenants/:tenantId/accounts',
    access: 'accounts.read',
    allowed: [200],
    request: ({ tenant }) => ({ method: 'GET', url: `/api/v1/tenants/${tenant.id}/accounts` }),
  },
  {
    route: 'GET /api/v1/tenants/:tenantId/search',
    access: 'parties.read',
    allowed: [200],
    request: ({ tenant }) => ({ method: 'GET', url: `/api/v1/tenants/${tenant.id}/search?q=Matrix` }),
  },
  {
    route: 'POST /api/v1/tenants/:tenantId/accounts',
    access: 'accounts.edit',
    allowed: [201],
    request: ({ tenant, party }) => ({
      method: 'POST',
      url: `/api/v1/tenants/${tenant.id}/accounts`,
      payload: { partyId: party.id },
    }),
  },
  {
    route: 'GET /api/v1/tenants/:tenantId/accounts/:accountId',
    access: 'accounts.read',
    allowed: [200],
    request: ({ tenant, account }) => ({ method: 'GET', url: `/api/v1/tenants/${tenant.id}/accounts/${account.id}` }),
  },
  {
    route: 'PATCH /api/v1/tenants/:tenantId/accounts/:accountId',
    access: 'accounts.edit',
    allowed: [200],
    request: ({ tenant, account }) => ({
      method: 'PATCH',
      url: `/api/v1/tenants/${tenant.id}/accounts/${account.id}`,
      payload: { name: 'Main house' },
    }),
  },
  {
    route: 'GET /api/v1/tenants/:tenantId/accounts/:accountId/household-persons',
    access: 'accounts.read',
    allowed: [200],
    request: ({ tenant, account }) => ({
      method: 'GET',
      url: `/api/v1/tenants/${tenant.id}/accounts/${account.id}/household-persons`,
    }),
  },
  {
    route: 'PUT /api/v1/tenants/:tenantId/accounts/:accountId/household-persons',
    access: 'accounts.edit',
    allowed: [200],
    request: ({ tenant, account }) => ({
      method: 'PUT',
      url: `/api/v1/tenants/${tenant.id}/accounts/${account.id}/household-persons`,
      payload: { items: [{ name: 'Ada', startOn: '2026-01-01' }] },
    }),
  },
  {
    route: 'GET /api/v1/tenants/:tenantId/accounts/:accountId/protections',
    access: 'accounts.read',
    allowed: [200],
    request: ({ tenant, account }) => ({
      method: 'GET',
      url: `/api/v1/tenants/${tenant.id}/accounts/${account.id}/protections`,
    }),
  },
  {
    route: 'PUT /api/v1/tenants/:tenantId/accounts/:accountId/protections',
    access: 'accounts.edit',
    allowed: [200],
    request: ({ tenant, account }) => ({
      method: 'PUT',
      url: `/api/v1/tenants/${tenant.id}/accounts/${account.id}/protections`,
      payload: { items: [{ status: 'vulnerable', reason: 'Medical equipment', startOn: '2026-01-01' }] },
    }),
  },
  {
    route: 'GET /api/v1/tenants/:tenantId/accounts/:accountId/benefits',
    access: 'accounts.read',
    allowed: [200],
    request: ({ tenant, account }) => ({
      method: 'GET',
      url: `/api/v1/tenants/${tenant.id}/accounts/${account.id}/benefits`,
    }),
  },
  {
    route: 'PUT /api/v1/tenants/:tenantId/accounts/:accountId/benefits',
    access: 'accounts.edit',
    allowed: [200],
    request: ({ tenant, account }) => ({
      method: 'PUT',
      url: `/api/v1/tenants/${tenant.id}/accounts/${account.id}/benefits`,
      payload: { items: [{ code: 'veteran', startOn: '2026-01-01' }] },
    }),
  },
  {
    route: 'GET /api/v1/tenants/:tenantId/accounts/:accountId/facts',
    access: 'accounts.read',
    allowed: [200],
    request: ({ tenant, account }) => ({
      method: 'GET',
      url: `/api/v1/tenants/${tenant.id}/accounts/${account.id}/facts`,
    }),
  },
  {
    route: 'POST /api/v1/tenants/:tenantId/accounts/:accountId/facts',
    access: 'accounts.edit',
    allowed: [201],
    request: ({ tenant, account }) => ({
      method: 'POST',
      url: `/api/v1/tenants/${tenant.id}/accounts/${account.id}/facts`,
      payload: { kind: 'area_m2', areaM2: '54.3', startOn: '2026-01-01' },
    }),
  },
  {
    route: 'GET /api/v1/tenants/:tenantId/accounts/:accountId/facts/as-of',
    access: 'accounts.read',
    allowed: [200],
    request: ({ tenant, account }) => ({
      method: 'GET',
      url: `/api/v1/tenants/${tenant.id}/accounts/${account.id}/facts/as-of?date=2026-01-01`,
    }),
  },
  {
    route: 'GET /api/v1/tenants/:tenantId/premises',
    access: 'accounts.read',
    allowed: [200],
    request: ({ tenant }) => ({ method: 'GET', url: `/api/v1/tenants/${tenant.id}/premises?q=rue` }),
  },
  {
    route: 'POST /api/v1/tenants/:tenantId/premises',
    access: 'accounts.edit',
    allowed: [201],
    request: ({ tenant }) => ({
      method: 'POST',
      url: `/api/v1/tenants/${tenant.id}/premises`,
      payload: { addressLine1: '1 rue de la Matrice', city: 'Lyon', country: 'FR' },
    }),
  },
  {
    route: 'GET /api/v1/tenants/:tenantId/premises/:premiseId',
    access: 'accounts.read',
    allowed: [404],
    request: ({ tenant }) => ({ method: 'GET', url: `/api/v1/tenants/${tenant.id}/premises/${unknownId}` }),
  },
  {
    route: 'PATCH /api/v1/tenants/:tenantId/premises/:premiseId',
    access: 'accounts.edit',
    allowed: [404],
    request: ({ tenant }) => ({
      method: 'PATCH',
      url: `/api/v1/tenants/${tenant.id}/premises/${unknownId}`,
      payload: { rooms: 3 },
    }),
  },
  {
    route: 'POST /api/v1/tenants/:tenantId/premises/:premiseId/service-points',
    access: 'accounts.edit',
    allowed: [404],
    request: ({ tenant }) => ({
      method: 'POST',
      url: `/api/v1/tenants/${tenant.id}/premises/${unknownId}/service-points`,
      payload: { kind: 'water' },
    }),
  },
  {
    route: 'POST /api/v1/tenants/:tenantId/imports/customers',
    access: 'accounts.edit',
    allowed: [422],
    request: ({ tenant }) => ({
      method: 'POST',
      url: `/api/v1/tenants/${tenant.id}/imports/customers`,
      headers: { 'content-type': 'text/csv' },
      payload: 'not,a,header\n',
    }),
  },
  {
    route: 'GET /api/v1/tenants/:tenantId/imports/:importId',
    access: 'accounts.read',
    allowed: [404],
    request: ({ tenant }) => ({ method: 'GET', url: `/api/v1/tenants/${tenant.id}/imports/${unknownId}` }),
  },
  {
    route: 'GET /api/v1/tenants/:tenantId/imports/:importId/rejected-rows',
    access: 'accounts.read',
    allowed: [404],
    request: ({ tenant }) => ({
      method: 'GET',
      url: `/api/v1/tenants/${tenant.id}/imports/${unknownId}/rejected-rows`,
    }),
  },
  {
    route: 'GET /api/v1/tenants/:tenantId/exports/customers',
    access: 'accounts.read',
    allowed: [200],
    request: ({ tenant }) => ({ method: 'GET', url: `/api/v1/tenants/${tenant.id}/exports/customers?format=csv` }),
  },
  {
    route: 'GET /api/v1/tenants/:tenantId/custom-fields',
    access: 'tenants.read',
    allowed: [200],
    request: ({ tenant }) => ({ method: 'GET', url: `/api/v1/tenants/${tenant.id}/custom-fields?entity=party` }),
  },
  {
    route: 'POST /api/v1/tenants/:tenantId/custom-fields',
    access: 'tenants.manage',
    allowed: [201],
    request: ({ tenant, unique }) => ({
      method: 'POST',
      url: `/api/v1/tenants/${tenant.id}/custom-fields`,
      payload: { entity: 'party', key: unique().replaceAll('-', '_'), label: 'Matrix field', type: 'text' },
    }),
  },
  {
    route: 'PATCH /api/v1/tenants/:tenantId/custom-fields/:fieldId',
    access: 'tenants.manage',
    allowed: [404],
    request: ({ tenant }) => ({
      method: 'PATCH',
      url: `/api/v1/tenants/${tenant.id}/custom-fields/${unknownId}`,
      payload: { label: 'Renamed' },
    }),
  },
  {
    route: 'GET /api/v1/tenants/:tenantId/parties/:partyId/custom-fields',
    access: 'parties.read',
    allowed: [200],
    request: ({ tenant, party }) => ({
      method: 'GET',
      url: `/api/v1/tenants/${tenant.id}/parties/${party.id}/custom-fields`,
    }),
  },
  {
    route: 'PUT /api/v1/tenants/:tenantId/parties/:partyId/custom-fields',
    access: 'parties.edit',
    allowed: [200],
    request: ({ tenant, party }) => ({
      method: 'PUT',
      url: `/api/v1/tenants/${tenant.id}/parties/${party.id}/custom-fields`,
      payload: { values: {} },
    }),
  },
  {
    route: 'GET /api/v1/tenants/:tenantId/accounts/:accountId/custom-fields',
    access: 'accounts.read',
    allowed: [200],
    request: ({ tenant, account }) => ({
      method: 'GET',
      url: `/api/v1/tenants/${tenant.id}/accounts/${account.id}/custom-fields`,
    }),
  },
  {
    route: 'PUT /api/v1/tenants/:tenantId/accounts/:accountId/custom-fields',
    access: 'accounts.edit',
    allowed: [200],
    request: ({ tenant, account }) => ({
      method: 'PUT',
      url: `/api/v1/tenants/${tenant.id}/accounts/${account.id}/custom-fields`,
      payload: { values: {} },
    }),
  },
  {
    route: 'GET /api/v1/tenants/:tenantId/premises/:premiseId/custom-fields',
    access: 'accounts.read',
    allowed: [404],
    request: ({ tenant }) => ({
      method: 'GET',
      url: `/api/v1/tenants/${tenant.id}/premises/${unknownId}/custom-fields`,
    }),
  },
  {
    route: 'PUT /api/v1/tenants/:tenantId/premises/:premiseId/custom-fields',
    access: 'accounts.edit',
    allowed: [404],
    request: ({ tenant }) => ({
      method: 'PUT',
      url: `/api/v1/tenants/${tenant.id}/premises/${unknownId}/custom-fields`,
      payload: { values: {} },
    }),
  },
  {
    route: 'GET /api/v1/tenants/:tenantId/service-points/:servicePointId',
    access: 'accounts.read',
    allowed: [404],
    request: ({ tenant }) => ({ method: 'GET', url: `/api/v1/tenants/${tenant.id}/service-points/${unknownId}` }),
  },
  {
    route: 'GET /api/v1/tenants/:tenantId/agreements',
    access: 'accounts.read',
    allowed: [200],
    request: ({ tenant, account }) => ({
      method: 'GET',
      url: `/api/v1/tenants/${tenant.id}/agreements?accountId=${account.id}`,
    }),
  },
  ...(['move-in', 'move-out', 'transfer'] as const).map(
    (operation): Row => ({
      route: `POST /api/v1/tenants/:tenantId/service-points/:servicePointId/${operation}`,
      access: 'accounts.edit',
      allowed: [404],
      request: ({ tenant, account }) => ({
        method: 'POST',
        url: `/api/v1/tenants/${tenant.id}/service-points/${unknownId}/${operation}`,
        payload: operation === 'move-out' ? { on: '2026-01-31' } : { on: '2026-01-31', accountId: account.id },
      }),
    }),
  ),
  {
    route: 'GET /api/v1/tenants/:tenantId/meters',
    access: 'metering.read',
    allowed: [200],
    request: ({ tenant }) => ({ method: 'GET', url: `/api/v1/tenants/${tenant.id}/meters?q=wm&status=in_stock` }),
  },
  {
    route: 'POST /api/v1/tenants/:tenantId/meters',
    access: 'metering.edit',
    allowed: [201],
    request: ({ tenant, unique }) => ({
      method: 'POST',
      url: `/api/v1/tenants/${tenant.id}/meters`,
      payload: { serial: `WM-${unique()}`, kind: 'water_cold', unit: 'm3', digits: 5 },
    }),
  },
  {
    route: 'GET /api/v1/tenants/:tenantId/meters/:meterId',
    access: 'metering.read',
    allowed: [404],
    request: ({ tenant }) => ({ method: 'GET', url: `/api/v1/tenants/${tenant.id}/meters/${unknownId}` }),
  },
  {
    route: 'GET /api/v1/tenants/:tenantId/meters/:meterId/readings',
    access: 'metering.read',
    allowed: [404],
    request: ({ tenant }) => ({ method: 'GET', url: `/api/v1/tenants/${tenant.id}/meters/${unknownId}/readings` }),
  },
  {
    route: 'PATCH /api/v1/tenants/:tenantId/meters/:meterId',
    access: 'metering.edit',
    allowed: [404],
    request: ({ tenant }) => ({
      method: 'PATCH',
      url: `/api/v1/tenants/${tenant.id}/meters/${unknownId}`,
      payload: { size: 'DN20' },
    }),
  },
  {
    route: 'POST /api/v1/tenants/:tenantId/meters/:meterId/install',
    access: 'metering.edit',
    allowed: [404],
    request: ({ tenant }) => ({
      method: 'POST',
      url: `/api/v1/tenants/${tenant.id}/meters/${unknownId}/install`,
      payload: { servicePointId: unknownId, on: '2026-01-31', reading: '0' },
    }),
  },
  {
    route: 'POST /api/v1/tenants/:tenantId/meters/:meterId/remove',
    access: 'metering.edit',
    allowed: [404],
    request: ({ tenant }) => ({
      method: 'POST',
      url: `/api/v1/tenants/${tenant.id}/meters/${unknownId}/remove`,
      payload: { on: '2026-01-31', reading: '12.5' },
    }),
  },
  {
    route: 'POST /api/v1/tenants/:tenantId/meters/:meterId/exchange',
    access: 'metering.edit',
    allowed: [404],
    request: ({ tenant }) => ({
      method: 'POST',
      url: `/api/v1/tenants/${tenant.id}/meters/${unknownId}/exchange`,
      payload: {
        on: '2026-01-31',
        removalReading: '12.5',
        newMeterId: '01900000-0000-7000-8000-000000000001',
        installReading: '0',
      },
    }),
  },
  {
    route: 'GET /api/v1/tenants/:tenantId/price-plans',
    access: 'tariffs.read',
    allowed: [200],
    request: ({ tenant }) => ({ method: 'GET', url: `/api/v1/tenants/${tenant.id}/price-plans` }),
  },
  {
    route: 'POST /api/v1/tenants/:tenantId/price-plans',
    access: 'tariffs.publish',
    allowed: [201],
    request: ({ tenant, unique }) => ({
      method: 'POST',
      url: `/api/v1/tenants/${tenant.id}/price-plans`,
      payload: flatPlan(unique().replaceAll('-', '_'), 'EUR'),
    }),
  },
  {
    route: 'GET /api/v1/tenants/:tenantId/price-plans/:planId',
    access: 'tariffs.read',
    allowed: [200],
    request: ({ tenant, plan }) => ({ method: 'GET', url: `/api/v1/tenants/${tenant.id}/price-plans/${plan.id}` }),
  },
  {
    route: 'POST /api/v1/tenants/:tenantId/price-plans/:planId/versions',
    access: 'tariffs.publish',
    allowed: [201],
    request: ({ tenant, plan }) => ({
      method: 'POST',
      url: `/api/v1/tenants/${tenant.id}/price-plans/${plan.id}/versions`,
      payload: { ...flatPlan('x', 'EUR', '1.80').versions[0], effectiveFrom: `${nextYear++}-01-01` },
    }),
  },
  {
    route: 'POST /api/v1/rating/preview',
    access: 'rating.preview',
    allowed: [200],
    namesTenantInBody: true,
    request: ({ tenant, plan }) => ({
      method: 'POST',
      url: '/api/v1/rating/preview',
      payload: {
        tenantId: tenant.id,
        pricePlanId: plan.id,
        billingPeriod: period,
        usage: { kind: 'metered', period, consumption: '12' },
      },
    }),
  },
  {
    route: 'GET /api/v1/users',
    access: 'access.users.manage',
    allowed: [200],
    request: () => ({ method: 'GET', url: '/api/v1/users' }),
  },
  {
    route: 'POST /api/v1/users',
    access: 'access.users.manage',
    allowed: [201],
    request: ({ tenantA, roleId, unique }) => ({
      method: 'POST',
      url: '/api/v1/users',
      payload: {
        email: `${unique()}@example.org`,
        displayName: 'New Cashier',
        password: testPassword,
        grants: [{ roleId: roleId('cashier'), scope: { scope: 'tenant', tenantId: tenantA.id } }],
      },
    }),
  },
  {
    route: 'GET /api/v1/users/:userId',
    access: 'access.users.manage',
    allowed: [200],
    request: ({ managedUser }) => ({ method: 'GET', url: `/api/v1/users/${managedUser.id}` }),
  },
  {
    route: 'PATCH /api/v1/users/:userId',
    access: 'access.users.manage',
    allowed: [200],
    request: ({ managedUser }) => ({
      method: 'PATCH',
      url: `/api/v1/users/${managedUser.id}`,
      payload: { displayName: 'Renamed Cashier' },
    }),
  },
  {
    route: 'POST /api/v1/users/:userId/grants',
    access: 'access.users.manage',
    allowed: [200, 201],
    request: ({ managedUser, tenantA, roleId }) => ({
      method: 'POST',
      url: `/api/v1/users/${managedUser.id}/grants`,
      payload: { roleId: roleId('reading_clerk'), scope: { scope: 'tenant', tenantId: tenantA.id } },
    }),
  },
  {
    route: 'DELETE /api/v1/users/:userId/grants/:grantId',
    access: 'access.users.manage',
    allowed: [204],
    request: async ({ freshUser }) => {
      const user = await freshUser();
      return { method: 'DELETE', url: `/api/v1/users/${user.id}/grants/${user.grants[0]?.id}` };
    },
  },
  {
    route: 'GET /api/v1/roles',
    access: 'signed_in',
    allowed: [200],
    needsAnyOf: ['access.users.manage', 'access.roles.manage'],
    request: () => ({ method: 'GET', url: '/api/v1/roles' }),
  },
  {
    route: 'POST /api/v1/roles',
    access: 'access.roles.manage',
    isDeploymentWide: true,
    allowed: [201],
    request: ({ unique }) => ({
      method: 'POST',
      url: '/api/v1/roles',
      payload: { code: unique().replaceAll('-', '_'), name: 'Custom', permissions: ['tenants.read'] },
    }),
  },
  {
    route: 'PATCH /api/v1/roles/:roleId',
    access: 'access.roles.manage',
    isDeploymentWide: true,
    allowed: [200],
    request: ({ customRole }) => ({
      method: 'PATCH',
      url: `/api/v1/roles/${customRole.id}`,
      payload: { name: 'Renamed' },
    }),
  },
  {
    route: 'GET /api/v1/tenants/:tenantId/api-keys',
    access: 'access.api_keys.manage',
    allowed: [200],
    request: ({ tenant }) => ({ method: 'GET', url: `/api/v1/tenants/${tenant.id}/api-keys` }),
  },
  {
    route: 'POST /api/v1/tenants/:tenantId/api-keys',
    access: 'access.api_keys.manage',
    allowed: [201],
    request: ({ tenant, roleId }) => ({
      method: 'POST',
      url: `/api/v1/tenants/${tenant.id}/api-keys`,
      payload: { name: 'Matrix key', roleId: roleId('analyst') },
    }),
  },
  {
    route: 'DELETE /api/v1/tenants/:tenantId/api-keys/:keyId',
    access: 'access.api_keys.manage',
    allowed: [204],
    request: async ({ tenant, freshApiKey }) => ({
      method: 'DELETE',
      url: `/api/v1/tenants/${tenant.id}/api-keys/${(await freshApiKey()).id}`,
    }),
  },
  {
    route: 'GET /api/v1/tenants/:tenantId/approvals',
    access: 'tenants.read',
    allowed: [200],
    request: ({ tenant }) => ({ method: 'GET', url: `/api/v1/tenants/${tenant.id}/approvals?status=pending` }),
  },
  {
    route: 'GET /api/v1/tenants/:tenantId/approvals/:approvalId',
    access: 'tenants.read',
    allowed: [404],
    request: ({ tenant }) => ({ method: 'GET', url: `/api/v1/tenants/${tenant.id}/approvals/${unknownId}` }),
  },
  {
    route: 'POST /api/v1/tenants/:tenantId/approvals/:approvalId/approve',
    access: 'tenants.read',
    allowed: [404],
    request: ({ tenant }) => ({ method: 'POST', url: `/api/v1/tenants/${tenant.id}/approvals/${unknownId}/approve` }),
  },
  {
    route: 'POST /api/v1/tenants/:tenantId/approvals/:approvalId/reject',
    access: 'tenants.read',
    allowed: [404],
    request: ({ tenant }) => ({ method: 'POST', url: `/api/v1/tenants/${tenant.id}/approvals/${unknownId}/reject` }),
  },
  {
    route: 'GET /api/v1/tenants/:tenantId/audit-events',
    access: 'audit.read',
    allowed: [200],
    request: ({ tenant }) => ({ method: 'GET', url: `/api/v1/tenants/${tenant.id}/audit-events` }),
  },
  {
    route: 'GET /api/v1/audit-events',
    access: 'audit.read',
    isDeploymentWide: true,
    allowed: [200],
    request: () => ({ method: 'GET', url: '/api/v1/audit-events' }),
  },
  {
    route: 'GET /api/v1/openapi.json',
    access: 'public',
    allowed: [200],
    request: () => ({ method: 'GET', url: '/api/v1/openapi.json' }),
  },
];

describe('route access', () => {
  let testApp: TestApp;
  let webRoot: string;
  let apiRoutes: Map<string, RouteOptions>;

  beforeAll(async () => {
    webRoot = await mkdtemp(join(tmpdir(), 'utilis-web-'));
    await writeFile(join(webRoot, 'index.html'), '<!doctype html><title>Utilis</title>');
    testApp = await openTestApp({ webRoot });
    apiRoutes = new Map(
      testApp.routes
        .filter((route) => route.method !== 'HEAD' && route.url.startsWith('/api/v1/'))
        .map((route) => [routeKey(route), route]),
    );
  });
  afterAll(async () => {
    await testApp.close();
    await rm(webRoot, { recursive: true, force: true });
  });

  it('finds every route declaring who may call it; only sign-in and the API document are public', () => {
    expect(apiRoutes.size).toBeGreaterThan(30);
    const undeclared = [...apiRoutes.values()].filter((route) => route.config?.access === undefined).map(routeKey);
    expect(undeclared).toEqual([]);
    const open = [...apiRoutes.values()].filter((route) => route.config?.access === 'public').map(routeKey);
    expect(open.sort()).toEqual([...publicRoutes].sort());
    const outside = testApp.routes.filter((route) => !route.url.startsWith('/api/v1/') && !nonApiRoute(route.url));
    expect(outside.map(routeKey)).toEqual([]);
    expect(testApp.routes.some((route) => route.url === '/*')).toBe(true);
  });

  it('refuses to serve an API route that declares no access', async () => {
    const { default: Fastify } = await import('fastify');
    const { registerRouteAccess } = await import('./route-access.ts');
    const bare = Fastify();
    registerRouteAccess(bare, {
      db: testApp.database.db,
      now: () => new Date(),
      policy: { idleMinutes: 1, absoluteHours: 1 },
    });
    bare.get('/api/v1/forgotten', async () => ({ secret: true }));
    const response = await bare.inject({ method: 'GET', url: '/api/v1/forgotten' });
    expect(response.statusCode).toBe(500);
    expect(response.body).not.toContain('secret');
    await bare.close();
  });

  describe('by built-in role at tenant scope', () => {
    let tenantA: Tenant;
    let tenantB: Tenant;
    let fixtures: Omit<World, 'tenant' | 'me'>;
    const admin = () => testApp.app;
    const worldFor = (tenant: Tenant, me: World['me']): World => ({ ...fixtures, tenant, me });

    beforeAll(async () => {
      tenantA = await createTestTenant(admin());
      tenantB = await createTestTenant(admin());
      const post = async <T>(url: string, payload: object) => {
        const response = await admin().inject({ method: 'POST', url, payload });
        if (response.statusCode >= 300) throw new Error(`${url}: ${response.body}`);
        return response.json<T>();
      };
      const roles = (await admin().inject({ method: 'GET', url: '/api/v1/roles' })).json<{ items: Role[] }>().items;
      const roleId = (code: string) => roles.find((role) => role.code === code)?.id ?? unknownId;
      const unique = () => `m-${randomUUID().slice(0, 13)}`;
      const freshUser = () =>
        post<User>('/api/v1/users', {
          email: `${unique()}@example.org`,
          displayName: 'Fixture',
          password: testPassword,
          grants: [{ roleId: roleId('cashier'), scope: { scope: 'tenant', tenantId: tenantA.id } }],
        });
      const party = await post<Party>(`/api/v1/tenants/${tenantA.id}/parties`, {
        kind: 'organisation',
        organisationName: 'Matrix Ltd',
      });
      fixtures = {
        tenantA,
        party,
        account: await post<Account>(`/api/v1/tenants/${tenantA.id}/accounts`, { partyId: party.id }),
        plan: await post<PricePlanRecord>(`/api/v1/tenants/${tenantA.id}/price-plans`, flatPlan('matrix', 'EUR')),
        managedUser: await freshUser(),
        customRole: await post<Role>('/api/v1/roles', {
          code: unique().replaceAll('-', '_'),
          name: 'Matrix role',
          permissions: ['tenants.read'],
        }),
        roleId,
        freshUser,
        freshApiKey: () =>
          post<ApiKey>(`/api/v1/tenants/${tenantA.id}/api-keys`, { name: 'Fixture key', roleId: roleId('analyst') }),
        unique,
      };
    });

    it('has one row per API route, and no row for a route that does not exist', () => {
      const covered = new Set(rows.map((row) => row.route));
      expect([...apiRoutes.keys()].filter((route) => !covered.has(route))).toEqual([]);
      expect([...covered].filter((route) => !apiRoutes.has(route))).toEqual([]);
      expect(covered.size).toBe(rows.length);
    });

    it('agrees with every route on who may call it', () => {
      const disagreements = rows.flatMap((row) => {
        const config = apiRoutes.get(row.route)?.config;
        const declared = { access: config?.access, isDeploymentWide: config?.isDeploymentWide ?? false };
        const expected = { access: row.access, isDeploymentWide: row.isDeploymentWide ?? false };
        return JSON.stringify(declared) === JSON.stringify(expected)
          ? []
          : [`${row.route}: ${JSON.stringify(declared)}`];
      });
      expect(disagreements).toEqual([]);
    });

    const mayCall = (role: BuiltInRole, row: Row): boolean => {
      const held: readonly string[] = builtInRoles[role].permissions;
      if (row.needsAnyOf) return row.needsAnyOf.some((permission) => held.includes(permission));
      if (row.access === 'public' || row.access === 'signed_in') return true;
      // A grant in one tenant never reaches a route that needs a permission deployment-wide.
      if (row.isDeploymentWide) return false;
      return held.includes(row.access);
    };

    const call = async (session: Injector, row: Row, world: World, me: SignedIn | undefined) => {
      const as = row.ownSession && me ? await signIn(testApp.raw, me.email, me.password) : session;
      const response = await as.inject(await row.request(world));
      return { status: response.statusCode, code: codeOf(response.body), body: response.body };
    };

    it.each(Object.keys(builtInRoles) as BuiltInRole[])(
      '%s gets exactly what its permissions allow in its tenant, and 404 in another',
      async (role) => {
        const me = await testApp.signedInAs(role, { scope: 'tenant', tenantId: tenantA.id });
        const failures: string[] = [];
        for (const row of rows) {
          const got = await call(me, row, worldFor(tenantA, me), me);
          const allowed = mayCall(role, row);
          const isRight = allowed
            ? row.allowed.includes(got.status)
            : got.status === 403 && got.code === 'permission_denied';
          if (!isRight) {
            failures.push(
              `${row.route}: expected ${allowed ? row.allowed.join('|') : 403}, got ${got.status} ${got.body}`,
            );
          }
        }
        for (const row of rows.filter((each) => each.route.includes(':tenantId') || each.namesTenantInBody)) {
          const got = await call(me, row, worldFor(tenantB, me), me);
          if (got.status !== 404 || got.code !== 'tenant_not_found') {
            failures.push(
              `${row.route} in another tenant: expected 404 tenant_not_found, got ${got.status} ${got.body}`,
            );
          }
        }
        expect(failures).toEqual([]);
      },
    );

    it('answers an anonymous caller 401 everywhere but the public routes', async () => {
      const failures: string[] = [];
      const nobody = { email: 'nobody@example.org', password: 'not a password at all' };
      for (const row of rows) {
        const isPublic = row.access === 'public';
        const options = await row.request(worldFor(tenantA, isPublic ? { email: '', password: '' } : nobody));
        const response = await testApp.raw.inject(
          row.route === 'POST /api/v1/auth/login' ? { ...options, payload: nobody } : options,
        );
        const code = codeOf(response.body);
        const isRight = isPublic
          ? code !== 'not_authenticated' && response.statusCode !== 403
          : response.statusCode === 401 && code === 'not_authenticated';
        if (!isRight) failures.push(`${row.route}: got ${response.statusCode} ${response.body}`);
      }
      expect(failures).toEqual([]);
    });
  });
});
