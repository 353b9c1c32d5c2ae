import { Button, Center, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../app/router.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useCurrentTenant } from './current-tenant.tsx';

/** Shown by the pages that need a tenant while there is none to show. */
export function NoTenantNotice() {
  const { t } = useTranslation();
  const { isLoading, error } = useCurrentTenant();
  if (isLoading) {
    return (
      <Center py="xl">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  if (error) return <ProblemAlert error={error} />;
  return (
    <Paper withBorder p="xl" maw={560}>
      <Stack gap="sm" align="flex-start">
        <Title order={3}>{t('noTenant.title')}</Title>
        <Text c="dimmed">{t('noTenant.body')}</Text>
        <Button onClick={() => navigate('/tenants')}>{t('noTenant.action')}</Button>
      </Stack>
    </Paper>
  );
}
