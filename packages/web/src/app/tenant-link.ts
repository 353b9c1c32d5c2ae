import { withSearchParameter } from './router.ts';

/** The query parameter by which a link names its tenant: `/parties/…?tenant=aqua-nord`. */
export const tenantParameter = 'tenant';

/** A path that opens in its tenant, whichever tenant the person who follows it has selected. */
export const tenantPath = (path: string, tenant: { code: string }) =>
  withSearchParameter(path, tenantParameter, tenant.code);

/** The tenant a link names, by code (any case) or by id; null when it names none of these. */
export function linkedTenant<T extends { id: string; code: string }>(tenants: readonly T[], named: string | null) {
  if (named === null) return null;
  const code = named.trim().toLowerCase();
  return tenants.find((tenant) => tenant.code === code || tenant.id === named) ?? null;
}
