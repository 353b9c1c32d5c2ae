import { Anchor, Badge, Modal, Table, Text } from '@mantine/core';
import type { Account } from '@utilis/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchableList } from '../../../api/use-searchable-list.ts';
import { useFormatters } from '../../../i18n/use-formatters.ts';
import { ListPage } from '../../../ui/list-page.tsx';
import { ListTable } from '../../../ui/list-table.tsx';
import { SearchInput } from '../../../ui/search-input.tsx';
import { useAccess } from '../../session/index.ts';
import { NoTenantNotice, useCurrentTenant } from '../../tenants/index.ts';
import { AccountForm } from './account-form.tsx';
import { AccountListsPanel } from './account-lists-panel.tsx';
import { accountKeys, listAccounts } from './accounts-api.ts';

const columns = ['accountNumber', 'party', 'branch', 'status', 'openedOn'] as const;

const statusColor: Record<Account['status'], string> = { active: 'teal', closed: 'gray' };

export function AccountsPage() {
  const { t } = useTranslation();
  const { tenant } = useCurrentTenant();
  const access = useAccess();
  const format = useFormatters();
  const [detailed, setDetailed] = useState<Account | null>(null);
  const { search, setSearch, q, list } = useSearchableList({
    tenantId: tenant?.id,
    keys: accountKeys,
    fetchPage: listAccounts,
  });

  return (
    <ListPage
      title={t('accounts.title')}
      description={t('accounts.description')}
      creation={
        tenant && access.inTenant(tenant, 'accounts.edit')
          ? {
              label: t('accounts.new'),
              formTitle: t('accounts.form.title'),
              formSize: 'lg',
              form: (close) => <AccountForm tenantId={tenant.id} onDone={close} />,
            }
          : null
      }
    >
      {!tenant ? (
        <NoTenantNotice />
      ) : (
        <>
          <SearchInput value={search} onChange={setSearch} placeholder={t('accounts.searchPlaceholder')} />
          <ListTable
            label={t('accounts.title')}
            minWidth={640}
            columns={columns}
            columnLabel={(column) => t(`accounts.columns.${column}`)}
            list={list}
            emptyMessage={q ? t('accounts.noMatch', { q }) : t('accounts.empty')}
            summary={(count) => t('accounts.shown', { count })}
            cells={(account) => (
              <>
                <Table.Td ff="monospace" fw={500}>
                  <Anchor component="button" type="button" ff="monospace" fw={500} onClick={() => setDetailed(account)}>
                    {account.accountNumber}
                  </Anchor>
                </Table.Td>
                <Table.Td>{account.partyDisplayName}</Table.Td>
                <Table.Td>
                  {account.branchCode ?? (
                    <Text span c="dimmed">
                      —
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" color={statusColor[account.status]}>
                    {t(`accounts.statuses.${account.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>{format.date(account.openedOn)}</Table.Td>
              </>
            )}
          />
        </>
      )}
      {tenant && (
        <Modal
          opened={detailed !== null}
          onClose={() => setDetailed(null)}
          size="xl"
          title={detailed && t('partyAccountDetails.detailsOf', { name: detailed.accountNumber })}
          closeButtonProps={{ 'aria-label': t('common.close') }}
        >
          {detailed && (
            <AccountListsPanel
              tenantId={tenant.id}
              account={detailed}
              canEdit={access.inTenant(tenant, 'accounts.edit')}
              onDone={() => setDetailed(null)}
            />
          )}
        </Modal>
      )}
    </ListPage>
  );
}
