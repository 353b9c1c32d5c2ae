import { Badge, Button, Modal, Paper, Stack, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { pageSize } from '../../api/page.ts';
import { useFormatters } from '../../i18n/use-formatters.ts';
import { PlusIcon } from '../../ui/icons.tsx';
import { ListFooter } from '../../ui/list-footer.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { TableMessage } from '../../ui/table-message.tsx';
import { TenantForm } from './tenant-form.tsx';
import { listTenants, tenantKeys } from './tenants-api.ts';

const columns = ['code', 'name', 'country', 'currency', 'locale', 'timeZone', 'createdAt'] as const;

export function TenantsPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const [isFormOpen, form] = useDisclosure(false);
  const query = useInfiniteQuery({
    queryKey: tenantKeys.list,
    queryFn: ({ pageParam, signal }) => listTenants({ limit: pageSize, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const tenants = query.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('tenants.title')}
        description={t('tenants.description')}
        action={
          <Button leftSection={<PlusIcon size={16} />} onClick={form.open}>
            {t('tenants.new')}
          </Button>
        }
      />
      <ProblemAlert error={query.error} />
      <Paper withBorder>
        <Table.ScrollContainer minWidth={860}>
          <Table striped highlightOnHover aria-label={t('tenants.title')}>
            <Table.Thead>
              <Table.Tr>
                {columns.map((column) => (
                  <Table.Th key={column}>{t(`tenants.columns.${column}`)}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {query.isPending && <TableMessage columns={columns.length} isLoading />}
              {query.isSuccess && tenants.length === 0 && (
                <TableMessage columns={columns.length}>{t('tenants.empty')}</TableMessage>
              )}
              {tenants.map((tenant) => (
                <Table.Tr key={tenant.id}>
                  <Table.Td>
                    <Badge variant="light" color="gray" tt="none" ff="monospace">
                      {tenant.code}
                    </Badge>
                  </Table.Td>
                  <Table.Td fw={500}>{tenant.name}</Table.Td>
                  <Table.Td>{format.country(tenant.country)}</Table.Td>
                  <Table.Td>
                    <Text span size="sm" title={format.currency(tenant.currency)}>
                      {tenant.currency}
                    </Text>
                  </Table.Td>
                  <Table.Td>{tenant.locale}</Table.Td>
                  <Table.Td>{tenant.timeZone}</Table.Td>
                  <Table.Td>{format.dateTime(tenant.createdAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {query.isSuccess && tenants.length > 0 && (
          <ListFooter
            summary={t('tenants.shown', { count: tenants.length })}
            hasMore={query.hasNextPage}
            isLoadingMore={query.isFetchingNextPage}
            onLoadMore={() => void query.fetchNextPage()}
          />
        )}
      </Paper>
      <Modal
        opened={isFormOpen}
        onClose={form.close}
        title={t('tenants.form.title')}
        size="xl"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <TenantForm onDone={form.close} />
      </Modal>
    </Stack>
  );
}
