import { Anchor, Drawer, Group, Table } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePagedList } from '../../api/use-paged-list.ts';
import { useFormatters } from '../../i18n/use-formatters.ts';
import { ListPage } from '../../ui/list-page.tsx';
import { ListTable } from '../../ui/list-table.tsx';
import { SearchInput } from '../../ui/search-input.tsx';
import { GrantBadge } from './grant-badge.tsx';
import { UserDetails } from './user-details.tsx';
import { UserForm } from './user-form.tsx';
import { UserStatus } from './user-status.tsx';
import { listUsers, userKeys } from './users-api.ts';

const columns = ['displayName', 'email', 'roles', 'status', 'createdAt'] as const;

export function UsersPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const [openUserId, setOpenUserId] = useState<string | null>(null);
  const list = usePagedList({
    queryKey: userKeys.list(q),
    fetchPage: (request, signal) => listUsers({ ...request, q }, signal),
    keepsPrevious: (previousKey) => previousKey[0] === userKeys.all[0],
  });
  const openUser = list.items.find((user) => user.id === openUserId);

  return (
    <ListPage
      title={t('users.title')}
      description={t('users.description')}
      creation={{
        label: t('users.new'),
        formTitle: t('users.form.title'),
        formSize: 'xl',
        form: (close) => <UserForm onDone={close} />,
      }}
    >
      <SearchInput value={search} onChange={setSearch} placeholder={t('users.searchPlaceholder')} />
      <ListTable
        label={t('users.title')}
        minWidth={900}
        columns={columns}
        columnLabel={(column) => t(`users.columns.${column}`)}
        list={list}
        emptyMessage={q ? t('users.noMatch', { q }) : t('users.empty')}
        summary={(count) => t('users.shown', { count })}
        cells={(user) => (
          <>
            <Table.Td fw={500}>
              <Anchor component="button" type="button" fw={500} size="sm" onClick={() => setOpenUserId(user.id)}>
                {user.displayName}
              </Anchor>
            </Table.Td>
            <Table.Td>{user.email}</Table.Td>
            <Table.Td>
              <Group gap={4}>
                {user.grants.map((grant) => (
                  <GrantBadge key={grant.id} grant={grant} />
                ))}
              </Group>
            </Table.Td>
            <Table.Td>
              <UserStatus user={user} />
            </Table.Td>
            <Table.Td>{format.dateTime(user.createdAt)}</Table.Td>
          </>
        )}
      />
      <Drawer
        opened={openUser !== undefined}
        onClose={() => setOpenUserId(null)}
        position="right"
        size="lg"
        title={openUser?.displayName}
        styles={{ title: { fontSize: 'var(--mantine-font-size-xl)', fontWeight: 650 } }}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {openUser && <UserDetails user={openUser} />}
      </Drawer>
    </ListPage>
  );
}
