import type { ComponentType } from 'react';
import { AccountsPage } from '../features/accounts/index.ts';
import { PartiesPage } from '../features/parties/index.ts';
import { TenantsPage } from '../features/tenants/index.ts';
import { AccountsIcon, PartiesIcon, TenantsIcon } from '../ui/icons.tsx';

export type Route = {
  path: string;
  label: 'nav.parties' | 'nav.accounts' | 'nav.tenants';
  Icon: ComponentType<{ size?: number }>;
  Page: ComponentType;
};

export const routes: readonly [Route, ...Route[]] = [
  { path: '/parties', label: 'nav.parties', Icon: PartiesIcon, Page: PartiesPage },
  { path: '/accounts', label: 'nav.accounts', Icon: AccountsIcon, Page: AccountsPage },
  { path: '/tenants', label: 'nav.tenants', Icon: TenantsIcon, Page: TenantsPage },
];

/** Parties is the home page, and any path we do not know lands there too. */
export const routeFor = (path: string) => routes.find((route) => path.startsWith(route.path)) ?? routes[0];
