import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePagedList } from '../../api/use-paged-list.ts';
import { useFormatters } from '../../i18n/use-formatters.ts';
import { ListPage } from '../../ui/list-page.tsx';
import { ListTable } from '../../ui/list-table.tsx';
import { useAccess } from '../session/index.ts';
import { TenantForm } from './tenant-form.tsx';
import { listTenants, tenantKeys } from './tenants-api.ts';

const columns = ['code', 'name', 'country', 'currency', 'locale', 'timeZone', 'createdAt'] as const;

export function TenantsPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const access = useAccess();
  const list = usePagedList({ queryKey: tenantKeys.list, fetchPage: listTenants });

  return (
    <ListPage
      title={t('tenants.title')}
      description={t('tenants.description')}
      creation={
        access.deploymentWide('tenants.manage')
          ? {
              label: t('tenants.new'),
              formTitle: t('tenants.form.title'),
              formSize: 'xl',
              form: (close) => <TenantForm onDone={close} />,
            }
          : null
      }
    >
      <ListTable
        label={t('tenants.title')}
        minWidth={860}
        columns={columns}
        columnLabel={(column) => t(`tenants.columns.${column}`)}
        list={list}
        emptyMessage={t('tenants.empty')}
        summary={(count) => t('tenants.shown', { count })}
        cells={(tenant) => (
          <>
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
          </>
        )}
      />
    </ListPage>
  );
}
