import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import { CurrentSessionProvider } from '../features/session/index.ts';
import { CurrentTenantProvider } from '../features/tenants/index.ts';
import { i18n } from '../i18n/i18n.ts';
import { AppLayout } from './app-layout.tsx';
import { queryClient } from './query-client.ts';
import { TenantFormatting } from './tenant-formatting.tsx';
import { theme } from './theme.ts';

export function App() {
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} defaultColorScheme="light">
        <QueryClientProvider client={queryClient}>
          <CurrentSessionProvider>
            <CurrentTenantProvider>
              <TenantFormatting>
                <AppLayout />
              </TenantFormatting>
            </CurrentTenantProvider>
          </CurrentSessionProvider>
        </QueryClientProvider>
      </MantineProvider>
    </I18nextProvider>
  );
}
