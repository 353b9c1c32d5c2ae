import { Badge, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiKey } from '@utilis/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PagedList } from '../../api/use-paged-list.ts';
import { useFormatters } from '../../i18n/use-formatters.ts';
import { ListPage } from '../../ui/list-page.tsx';
import { ListTable } from '../../ui/list-table.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { NoTenantNotice, useCurrentTenant } from '../tenants/index.ts';
import { ApiKeyForm } from './api-key-form.tsx';
import { apiKeyKeys, listApiKeys, revokeApiKey } from './api-keys-api.ts';
import { useAccessLabels } from './use-access-labels.ts';

const columns = ['name', 'prefix', 'role', 'createdAt', 'lastUsedAt', 'status'] as const;

export function ApiKeysPage() {
  const { t } = useTranslation();
  const { tenant } = useCurrentTenant();
  const format = useFormatters();
  const labels = useAccessLabels();
  const queryClient = useQueryClient();
  const [revoking, setRevoking] = useState<ApiKey | null>(null);
  const tenantId = tenant?.id ?? '';
  const keys = useQuery({
    queryKey: apiKeyKeys.ofTenant(tenantId),
    queryFn: ({ signal }) => listApiKeys(tenantId, signal),
    enabled: tenant !== null,
  });
  const revoke = useMutation({
    mutationFn: revokeApiKey,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: apiKeyKeys.ofTenant(tenantId) });
      setRevoking(null);
    },
  });
  // A tenant has a handful of keys: one page holds them all.
  const list: PagedList<ApiKey> = {
    items: keys.data?.items ?? [],
    error: keys.error,
    isPending: keys.isPending && tenant !== null,
    isSuccess: keys.isSuccess,
    hasMore: false,
    isLoadingMore: false,
    loadMore: () => undefined,
  };

  return (
    <ListPage
      title={t('apiKeys.title')}
      description={t('apiKeys.description')}
      creation={
        tenant
          ? {
              label: t('apiKeys.new'),
              formTitle: t('apiKeys.form.title'),
              formSize: 'lg',
              form: (close) => <ApiKeyForm tenantId={tenant.id} onDone={close} />,
            }
          : null
      }
    >
      {!tenant ? (
        <NoTenantNotice />
      ) : (
        <ListTable
          label={t('apiKeys.title')}
          minWidth={860}
          columns={columns}
          columnLabel={(column) => t(`apiKeys.columns.${column}`)}
          list={list}
          emptyMessage={t('apiKeys.empty')}
          summary={(count) => t('apiKeys.shown', { count })}
          cells={(key) => (
            <>
              <Table.Td fw={500} c={key.revokedAt ? 'dimmed' : undefined}>
                {key.name}
              </Table.Td>
              <Table.Td ff="monospace">utk_{key.prefix}_…</Table.Td>
              <Table.Td>{labels.role({ code: key.roleCode })}</Table.Td>
              <Table.Td>{format.dateTime(key.createdAt)}</Table.Td>
              <Table.Td>
                {key.lastUsedAt ? (
                  format.dateTime(key.lastUsedAt)
                ) : (
                  <Text span c="dimmed" size="sm">
                    {t('apiKeys.neverUsed')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {key.revokedAt ? (
                  <Badge variant="light" color="gray" title={format.dateTime(key.revokedAt)}>
                    {t('apiKeys.revoked')}
                  </Badge>
                ) : (
                  <Group gap="xs" wrap="nowrap">
                    <Badge variant="light" color="teal">
                      {t('apiKeys.active')}
                    </Badge>
                    <Button size="compact-sm" variant="subtle" color="red" onClick={() => setRevoking(key)}>
                      {t('apiKeys.revoke')}
                    </Button>
                  </Group>
                )}
              </Table.Td>
            </>
          )}
        />
      )}
      <Modal
        opened={revoking !== null}
        onClose={() => setRevoking(null)}
        title={t('apiKeys.revokeTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack gap="md">
          <ProblemAlert error={revoke.error} />
          <Text size="sm">{t('apiKeys.revokeBody', { name: revoking?.name ?? '' })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRevoking(null)}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red"
              loading={revoke.isPending}
              onClick={() => revoking && revoke.mutate({ tenantId, keyId: revoking.id })}
            >
              {t('apiKeys.revoke')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </ListPage>
  );
}
