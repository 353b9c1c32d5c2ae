import { Badge, Button, Modal, Paper, Stack, Table } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { useInfiniteQuery } from '@tanstack/react-query';
import type { Account } from '@utilis/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pageSize } from '../../api/page.ts';
import { useFormatters } from '../../i18n/use-formatters.ts';
import { PlusIcon } from '../../ui/icons.tsx';
import { ListFooter } from '../../ui/list-footer.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { SearchInput } from '../../ui/search-input.tsx';
import { TableMessage } from '../../ui/table-message.tsx';
import { NoTenantNotice, useCurrentTenant } from '../tenants/index.ts';
import { AccountForm } from './account-form.tsx';
import { accountKeys, listAccounts } from './accounts-api.ts';

const columns = ['accountNumber', 'party', 'status', 'openedOn'] as const;

const statusColor: Record<Account['status'], string> = { active: 'teal', closed: 'gray' };

export function AccountsPage() {
  const { t } = useTranslation();
  const { tenant } = useCurrentTenant();
  const format = useFormatters(tenant?.timeZone);
  const [isFormOpen, form] = useDisclosure(false);
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const tenantId = tenant?.id ?? '';
  const query = useInfiniteQuery({
    queryKey: accountKeys.list(tenantId, q),
    queryFn: ({ pageParam, signal }) => listAccounts(tenantId, { limit: pageSize, cursor: pageParam, q }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[1] === tenantId ? previous : undefined),
    enabled: tenant !== null,
  });
  const accounts = query.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('accounts.title')}
        description={t('accounts.description')}
        action={
          tenant && (
            <Button leftSection={<PlusIcon size={16} />} onClick={form.open}>
              {t('accounts.new')}
            </Button>
          )
        }
      />
      {!tenant ? (
        <NoTenantNotice />
      ) : (
        <>
          <SearchInput value={search} onChange={setSearch} placeholder={t('accounts.searchPlaceholder')} />
          <ProblemAlert error={query.error} />
          <Paper withBorder>
            <Table.ScrollContainer minWidth={640}>
              <Table striped highlightOnHover aria-label={t('accounts.title')}>
                <Table.Thead>
                  <Table.Tr>
                    {columns.map((column) => (
                      <Table.Th key={column}>{t(`accounts.columns.${column}`)}</Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {query.isPending && <TableMessage columns={columns.length} isLoading />}
                  {query.isSuccess && accounts.length === 0 && (
                    <TableMessage columns={columns.length}>
                      {q ? t('accounts.noMatch', { q }) : t('accounts.empty')}
                    </TableMessage>
                  )}
                  {accounts.map((account) => (
                    <Table.Tr key={account.id}>
                      <Table.Td ff="monospace" fw={500}>
                        {account.accountNumber}
                      </Table.Td>
                      <Table.Td>{account.partyDisplayName}</Table.Td>
                      <Table.Td>
                        <Badge variant="light" color={statusColor[account.status]}>
                          {t(`accounts.statuses.${account.status}`)}
                        </Badge>
                      </Table.Td>
                      <Table.Td>{format.date(account.openedOn)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {accounts.length > 0 && (
              <ListFooter
                summary={t('accounts.shown', { count: accounts.length })}
                hasMore={query.hasNextPage}
                isLoadingMore={query.isFetchingNextPage}
                onLoadMore={() => void query.fetchNextPage()}
              />
            )}
          </Paper>
          <Modal
            opened={isFormOpen}
            onClose={form.close}
            title={t('accounts.form.title')}
            size="lg"
            closeButtonProps={{ 'aria-label': t('common.close') }}
          >
            <AccountForm tenantId={tenantId} onDone={form.close} />
          </Modal>
        </>
      )}
    </Stack>
  );
}
