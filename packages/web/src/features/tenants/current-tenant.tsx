import { useQuery } from '@tanstack/react-query';
import type { Tenant } from '@utilis/contracts';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import { navigate, useSearchParameter, withSearchParameter } from '../../app/router.ts';
import { linkedTenant, tenantParameter, tenantPath } from '../../app/tenant-link.ts';
import { listTenants, tenantKeys } from './tenants-api.ts';

const storageKey = 'utilis.tenantId';

type CurrentTenant = {
  tenant: Tenant | null;
  tenants: Tenant[];
  isLoading: boolean;
  error: unknown;
  selectTenant: (tenantId: string) => void;
};

const CurrentTenantContext = createContext<CurrentTenant | null>(null);

/**
 * The tenant the person works in: the one a link names (`?tenant=`), else the one they chose
 * last, else the first they may see. Following a link selects its tenant for what comes next.
 */
export function CurrentTenantProvider({ children }: { children: ReactNode }) {
  const query = useQuery({
    queryKey: tenantKeys.choices,
    queryFn: ({ signal }) => listTenants({ limit: 200 }, signal),
  });
  const [storedId, setStoredId] = useState(() => localStorage.getItem(storageKey));
  const tenants = query.data?.items ?? [];
  const linked = linkedTenant(tenants, useSearchParameter(tenantParameter));
  const store = useCallback((tenantId: string) => {
    localStorage.setItem(storageKey, tenantId);
    setStoredId(tenantId);
  }, []);

  useEffect(() => {
    if (linked && linked.id !== storedId) store(linked.id);
  }, [linked, storedId, store]);

  const value: CurrentTenant = {
    tenant: linked ?? tenants.find((tenant) => tenant.id === storedId) ?? tenants[0] ?? null,
    tenants,
    isLoading: query.isPending,
    error: query.error,
    selectTenant: (tenantId) => {
      store(tenantId);
      // The address no longer names the tenant being left.
      const { pathname, search } = window.location;
      const path = `${pathname}${search}`;
      const kept = withSearchParameter(path, tenantParameter, null);
      if (kept !== path) navigate(kept, { replace: true });
    },
  };
  return <CurrentTenantContext value={value}>{children}</CurrentTenantContext>;
}

export function useCurrentTenant() {
  const context = useContext(CurrentTenantContext);
  if (!context) throw new Error('useCurrentTenant needs a CurrentTenantProvider above it');
  return context;
}

/** Makes a path of the selected tenant into a link that opens in it, whoever follows it and wherever. */
export function useTenantPath() {
  const { tenant } = useCurrentTenant();
  return useCallback((path: string) => (tenant ? tenantPath(path, tenant) : path), [tenant]);
}
