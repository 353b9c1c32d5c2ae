import { useQuery } from '@tanstack/react-query';
import type { Tenant } from '@utilis/contracts';
import { createContext, type ReactNode, useContext, useState } from 'react';
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

export function CurrentTenantProvider({ children }: { children: ReactNode }) {
  const query = useQuery({
    queryKey: tenantKeys.choices,
    queryFn: ({ signal }) => listTenants({ limit: 200 }, signal),
  });
  const [storedId, setStoredId] = useState(() => localStorage.getItem(storageKey));
  const tenants = query.data?.items ?? [];
  const value: CurrentTenant = {
    tenant: tenants.find((tenant) => tenant.id === storedId) ?? tenants[0] ?? null,
    tenants,
    isLoading: query.isPending,
    error: query.error,
    selectTenant: (tenantId) => {
      localStorage.setItem(storageKey, tenantId);
      setStoredId(tenantId);
    },
  };
  return <CurrentTenantContext value={value}>{children}</CurrentTenantContext>;
}

export function useCurrentTenant() {
  const context = useContext(CurrentTenantContext);
  if (!context) throw new Error('useCurrentTenant needs a CurrentTenantProvider above it');
  return context;
}
