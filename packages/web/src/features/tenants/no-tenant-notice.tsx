import { Button, Center, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../app/router.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useAccess } from '../session/index.ts';
import { useCurrentTenant } from './current-tenant.tsx';

/** Shown by the pages that need a tenant while there is none to show. */
export function NoTenantNotice() {
  const { t } = useTranslation();
  const access = useAccess();
  const { isLoading, error } = useCurrentTenant();
  if (isLoading) {
    return (
      <Center py="xl">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  if (error) return <ProblemAlert error={error} />;
  // Only someone who may create tenants is sent to do it; anyone else needs a grant first.
  const canCreate = access.deploymentWide('tenants.manage');
  return (
    <Paper withBorder p="xl" maw={560}>
      <Stack gap="sm" align="flex-start">
        <Title order={3}>{canCreate ? t('noTenant.title') : t('noTenant.noneTitle')}</Title>
        <Text c="dimmed">{canCreate ? t('noTenant.body') : t('noTenant.noneBody')}</Text>
        {canCreate && <Button onClick={() => navigate('/tenants')}>{t('noTenant.action')}</Button>}
      </Stack>
    </Paper>
  );
}
