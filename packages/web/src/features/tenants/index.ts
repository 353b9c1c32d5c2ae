export { CurrentTenantProvider, useCurrentTenant } from './current-tenant.tsx';
export { NoTenantNotice } from './no-tenant-notice.tsx';
export { TenantSwitcher } from './tenant-switcher.tsx';
export { TenantsPage } from './tenants-page.tsx';
