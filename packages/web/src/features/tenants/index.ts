export { CurrentTenantProvider, useCurrentTenant, useTenantPath } from './current-tenant.tsx';
export { NoTenantNotice } from './no-tenant-notice.tsx';
export { TenantSwitcher } from './tenant-switcher.tsx';
export { listTenantGroups, tenantKeys } from './tenants-api.ts';
export { TenantsPage } from './tenants-page.tsx';
