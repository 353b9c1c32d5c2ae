import { approvablePermissions, type Permission } from '@utilis/contracts';
import type { ComponentType } from 'react';
import { ApiKeysPage, RolesPage, UsersPage } from '../features/access/index.ts';
import { ApprovalsPage } from '../features/approvals/index.ts';
import { AuditPage } from '../features/audit/index.ts';
import { AccountsPage } from '../features/customers/accounts/index.ts';
import { CustomFieldDefinitionsPage } from '../features/customers/custom-fields/index.ts';
import { CustomerOverviewPage } from '../features/customers/overview/index.ts';
import { PartiesPage } from '../features/customers/parties/index.ts';
import { PremisesPage } from '../features/customers/premises/index.ts';
import { ImportsPage } from '../features/imports/index.ts';
import { MeterDetailPage, MetersPage } from '../features/metering/index.ts';
import type { Access, TenantPlace } from '../features/session/index.ts';
import { TenantsPage } from '../features/tenants/index.ts';
import {
  AccountsIcon,
  ApprovalsIcon,
  AuditIcon,
  CustomFieldsIcon,
  ImportIcon,
  KeyIcon,
  MetersIcon,
  PartiesIcon,
  PremisesIcon,
  RolesIcon,
  TenantsIcon,
  UsersIcon,
} from '../ui/icons.tsx';
import { matchPath } from './router.ts';

export type Route = {
  path: string;
  label:
    | 'nav.parties'
    | 'nav.accounts'
    | 'nav.tenants'
    | 'nav.users'
    | 'nav.roles'
    | 'nav.apiKeys'
    | 'nav.audit'
    | 'nav.approvals'
    | 'customFields.nav'
    | 'customers.nav.premises'
    | 'customers.nav.overview'
    | 'meters.nav'
    | 'imports.nav';
  /** A `detail` page is reached by a link to one thing (`/parties/:partyId`), never from the menu. */
  section: 'work' | 'administration' | 'detail';
  Icon: ComponentType<{ size?: number }>;
  Page: ComponentType;
  /** Whether the user may open the page in the selected tenant (or, with none selected, at all). */
  isAllowed: (access: Access, tenant: TenantPlace | null) => boolean;
};

// A tenant's page is offered for the selected tenant; with none to select, to anyone who holds it somewhere.
const inTenant = (permission: Permission) => (access: Access, tenant: TenantPlace | null) =>
  tenant ? access.inTenant(tenant, permission) : access.anywhere(permission);
const anywhere = (permission: Permission) => (access: Access) => access.anywhere(permission);

export const routes: readonly Route[] = [
  {
    path: '/parties',
    label: 'nav.parties',
    section: 'work',
    Icon: PartiesIcon,
    Page: PartiesPage,
    isAllowed: inTenant('parties.read'),
  },
  {
    path: '/accounts',
    label: 'nav.accounts',
    section: 'work',
    Icon: AccountsIcon,
    Page: AccountsPage,
    isAllowed: inTenant('accounts.read'),
  },
  {
    path: '/premises',
    label: 'customers.nav.premises',
    section: 'work',
    Icon: PremisesIcon,
    Page: PremisesPage,
    isAllowed: inTenant('accounts.read'),
  },
  {
    path: '/parties/:partyId',
    label: 'customers.nav.overview',
    section: 'detail',
    Icon: PartiesIcon,
    Page: CustomerOverviewPage,
    isAllowed: inTenant('parties.read'),
  },
  {
    path: '/meters',
    label: 'meters.nav',
    section: 'work',
    Icon: MetersIcon,
    Page: MetersPage,
    isAllowed: inTenant('metering.read'),
  },
  {
    path: '/meters/:meterId',
    label: 'meters.nav',
    section: 'detail',
    Icon: MetersIcon,
    Page: MeterDetailPage,
    isAllowed: inTenant('metering.read'),
  },
  {
    path: '/imports',
    label: 'imports.nav',
    section: 'work',
    Icon: ImportIcon,
    Page: ImportsPage,
    isAllowed: inTenant('accounts.read'),
  },
  {
    path: '/approvals',
    label: 'nav.approvals',
    section: 'work',
    Icon: ApprovalsIcon,
    Page: ApprovalsPage,
    // A second person holding the action's own permission decides each request.
    isAllowed: (access, tenant) => approvablePermissions.some((action) => inTenant(action)(access, tenant)),
  },
  {
    path: '/tenants',
    label: 'nav.tenants',
    section: 'administration',
    Icon: TenantsIcon,
    Page: TenantsPage,
    isAllowed: anywhere('tenants.read'),
  },
  {
    path: '/users',
    label: 'nav.users',
    section: 'administration',
    Icon: UsersIcon,
    Page: UsersPage,
    isAllowed: anywhere('access.users.manage'),
  },
  {
    path: '/roles',
    label: 'nav.roles',
    section: 'administration',
    Icon: RolesIcon,
    Page: RolesPage,
    isAllowed: anywhere('access.roles.manage'),
  },
  {
    path: '/api-keys',
    label: 'nav.apiKeys',
    section: 'administration',
    Icon: KeyIcon,
    Page: ApiKeysPage,
    isAllowed: inTenant('access.api_keys.manage'),
  },
  {
    path: '/audit',
    label: 'nav.audit',
    section: 'administration',
    Icon: AuditIcon,
    Page: AuditPage,
    isAllowed: (access, tenant) => inTenant('audit.read')(access, tenant) || access.deploymentWide('audit.read'),
  },
  {
    path: '/custom-fields',
    label: 'customFields.nav',
    section: 'administration',
    Icon: CustomFieldsIcon,
    Page: CustomFieldDefinitionsPage,
    isAllowed: inTenant('tenants.manage'),
  },
];

/**
 * The route a path names, if any; the caller decides where an unknown path lands. A route with
 * parameters must match the whole path, and wins over a plain route the path merely starts with.
 */
export const routeAt = (path: string) =>
  routes.find((route) => route.path.includes(':') && matchPath(route.path, path) !== null) ??
  routes.find((route) => !route.path.includes(':') && (path === route.path || path.startsWith(`${route.path}/`)));
