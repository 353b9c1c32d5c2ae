import type { ReactNode } from 'react';
import { useCurrentTenant } from '../features/tenants/index.ts';
import { FormattingProvider } from '../i18n/formatting-provider.tsx';

/** Dates and numbers below are written for the selected tenant. */
export function TenantFormatting({ children }: { children: ReactNode }) {
  const { tenant } = useCurrentTenant();
  return <FormattingProvider tenant={tenant}>{children}</FormattingProvider>;
}
