import { Anchor, Badge, Button, Modal, Paper, Stack, Table, Text } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { useInfiniteQuery } from '@tanstack/react-query';
import type { Party } from '@utilis/contracts';
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
import { listParties, partyKeys } from './parties-api.ts';
import { PartyForm } from './party-form.tsx';

const columns = ['displayName', 'kind', 'email', 'phone', 'createdAt'] as const;

const kindColor: Record<Party['kind'], string> = { person: 'blue', organisation: 'grape' };

const Missing = () => (
  <Text span c="dimmed">
    —
  </Text>
);

export function PartiesPage() {
  const { t } = useTranslation();
  const { tenant } = useCurrentTenant();
  const format = useFormatters(tenant?.timeZone);
  const [isFormOpen, form] = useDisclosure(false);
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const tenantId = tenant?.id ?? '';
  const query = useInfiniteQuery({
    queryKey: partyKeys.list(tenantId, q),
    queryFn: ({ pageParam, signal }) => listParties(tenantId, { limit: pageSize, cursor: pageParam, q }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[1] === tenantId ? previous : undefined),
    enabled: tenant !== null,
  });
  const parties = query.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('parties.title')}
        description={t('parties.description')}
        action={
          tenant && (
            <Button leftSection={<PlusIcon size={16} />} onClick={form.open}>
              {t('parties.new')}
            </Button>
          )
        }
      />
      {!tenant ? (
        <NoTenantNotice />
      ) : (
        <>
          <SearchInput value={search} onChange={setSearch} placeholder={t('parties.searchPlaceholder')} />
          <ProblemAlert error={query.error} />
          <Paper withBorder>
            <Table.ScrollContainer minWidth={760}>
              <Table striped highlightOnHover aria-label={t('parties.title')}>
                <Table.Thead>
                  <Table.Tr>
                    {columns.map((column) => (
                      <Table.Th key={column}>{t(`parties.columns.${column}`)}</Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {query.isPending && <TableMessage columns={columns.length} isLoading />}
                  {query.isSuccess && parties.length === 0 && (
                    <TableMessage columns={columns.length}>
                      {q ? t('parties.noMatch', { q }) : t('parties.empty')}
                    </TableMessage>
                  )}
                  {parties.map((party) => (
                    <Table.Tr key={party.id}>
                      <Table.Td fw={500}>{party.displayName}</Table.Td>
                      <Table.Td>
                        <Badge variant="light" color={kindColor[party.kind]}>
                          {t(`parties.kinds.${party.kind}`)}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        {party.email ? (
                          <Anchor href={`mailto:${party.email}`} size="sm">
                            {party.email}
                          </Anchor>
                        ) : (
                          <Missing />
                        )}
                      </Table.Td>
                      <Table.Td>{party.phone ?? <Missing />}</Table.Td>
                      <Table.Td>{format.dateTime(party.createdAt)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {parties.length > 0 && (
              <ListFooter
                summary={t('parties.shown', { count: parties.length })}
                hasMore={query.hasNextPage}
                isLoadingMore={query.isFetchingNextPage}
                onLoadMore={() => void query.fetchNextPage()}
              />
            )}
          </Paper>
          <Modal
            opened={isFormOpen}
            onClose={form.close}
            title={t('parties.form.title')}
            size="lg"
            closeButtonProps={{ 'aria-label': t('common.close') }}
          >
            <PartyForm tenantId={tenantId} onDone={form.close} />
          </Modal>
        </>
      )}
    </Stack>
  );
}
