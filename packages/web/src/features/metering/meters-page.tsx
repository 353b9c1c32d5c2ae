import { Group, Select, Table } from '@mantine/core';
import { type MeterStatus, meterStatuses } from '@utilis/contracts';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchableList } from '../../api/use-searchable-list.ts';
import { usePathParameters } from '../../app/router.ts';
import { useFormatters } from '../../i18n/use-formatters.ts';
import { ListPage } from '../../ui/list-page.tsx';
import { ListTable } from '../../ui/list-table.tsx';
import { SearchInput } from '../../ui/search-input.tsx';
import { useAccess } from '../session/index.ts';
import { NoTenantNotice, useCurrentTenant } from '../tenants/index.ts';
import { MeterDetail } from './meter-detail.tsx';
import { MeterForm } from './meter-form.tsx';
import { MeterLink } from './meter-link.tsx';
import { MeterStatusBadge, Missing } from './meter-status-badge.tsx';
import { listMeters, meterKeys } from './meters-api.ts';

const columns = ['serial', 'kind', 'status', 'unit', 'calibrationDueOn', 'createdAt'] as const;

/** One meter's page, under /meters/:meterId. */
export function MeterDetailPage() {
  const { meterId = '' } = usePathParameters('/meters/:meterId');
  return <MeterDetail meterId={meterId} />;
}

/** The meter registry: every meter of the tenant, by serial and status. */
export function MetersPage() {
  const { t } = useTranslation();
  const { tenant } = useCurrentTenant();
  const access = useAccess();
  const format = useFormatters();
  const [status, setStatus] = useState<MeterStatus | null>(null);
  const keys = useMemo(
    () => ({
      ofTenant: meterKeys.ofTenant,
      list: (tenantId: string, q: string) => [...meterKeys.list(tenantId, q), status] as const,
    }),
    [status],
  );
  const { search, setSearch, q, list } = useSearchableList({
    tenantId: tenant?.id,
    keys,
    fetchPage: (tenantId, request, signal) => listMeters(tenantId, { ...request, status }, signal),
  });

  return (
    <ListPage
      title={t('meters.title')}
      description={t('meters.description')}
      creation={
        tenant && access.inTenant(tenant, 'metering.edit')
          ? {
              label: t('meters.new'),
              formTitle: t('meters.form.title'),
              formSize: 'lg',
              form: (close) => <MeterForm tenantId={tenant.id} onDone={close} />,
            }
          : null
      }
    >
      {!tenant ? (
        <NoTenantNotice />
      ) : (
        <>
          <Group align="flex-end" gap="md" wrap="wrap">
            <SearchInput value={search} onChange={setSearch} placeholder={t('meters.searchPlaceholder')} />
            <Select
              label={t('meters.filterStatus')}
              placeholder={t('meters.anyStatus')}
              clearable
              w={200}
              data={meterStatuses.map((value) => ({ value, label: t(`meters.statuses.${value}`) }))}
              value={status}
              onChange={(value) => setStatus(meterStatuses.find((candidate) => candidate === value) ?? null)}
            />
          </Group>
          <ListTable
            label={t('meters.title')}
            minWidth={760}
            columns={columns}
            columnLabel={(column) => t(`meters.columns.${column}`)}
            list={list}
            emptyMessage={q || status ? t('meters.noMatch') : t('meters.empty')}
            summary={(count) => t('meters.shown', { count })}
            cells={(meter) => (
              <>
                <Table.Td>
                  <MeterLink meter={meter} />
                </Table.Td>
                <Table.Td>{t(`meters.kinds.${meter.kind}`)}</Table.Td>
                <Table.Td>
                  <MeterStatusBadge status={meter.status} />
                </Table.Td>
                <Table.Td>{format.unit(meter.unit)}</Table.Td>
                <Table.Td>{meter.calibrationDueOn ? format.date(meter.calibrationDueOn) : <Missing />}</Table.Td>
                <Table.Td>{format.dateTime(meter.createdAt)}</Table.Td>
              </>
            )}
          />
        </>
      )}
    </ListPage>
  );
}
