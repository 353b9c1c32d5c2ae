import { Paper, SegmentedControl, Stack, Table, VisuallyHidden } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePagedList } from '../../api/use-paged-list.ts';
import { useFormatters } from '../../i18n/use-formatters.ts';
import { ListFooter } from '../../ui/list-footer.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { TableMessage } from '../../ui/table-message.tsx';
import { useAccess } from '../session/index.ts';
import { NoTenantNotice, useCurrentTenant } from '../tenants/index.ts';
import { type AuditChain, auditKeys, listAuditEvents } from './audit-api.ts';
import { AuditEventRow, auditColumnCount } from './audit-event-row.tsx';
import { AuditFilters, noAuditFilters, toAuditQuery } from './audit-filters.tsx';

const headers = ['occurredAt', 'actor', 'action', 'entity'] as const;

/** Who changed what, newest first: the selected tenant's trail, or the deployment's for those who may read it. */
export function AuditPage() {
  const { t } = useTranslation();
  const access = useAccess();
  const { tenant } = useCurrentTenant();
  const canReadTenant = tenant !== null && access.inTenant(tenant, 'audit.read');
  const canReadDeployment = access.deploymentWide('audit.read');
  const [chosenChain, setChosenChain] = useState<'tenant' | 'deployment'>('tenant');
  const [filters, setFilters] = useState(noAuditFilters);
  const [debouncedFilters] = useDebouncedValue(filters, 300);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const whichChain = canReadTenant && (chosenChain === 'tenant' || !canReadDeployment) ? 'tenant' : 'deployment';
  const chain: AuditChain = whichChain === 'tenant' && tenant ? { tenantId: tenant.id } : 'deployment';
  const format = useFormatters();
  const query = toAuditQuery(debouncedFilters, format.timeZone);
  const list = usePagedList({
    queryKey: auditKeys.list(chain, query),
    fetchPage: (request, signal) => listAuditEvents(chain, { ...request, ...query }, signal),
    isEnabled: whichChain === 'deployment' ? canReadDeployment : canReadTenant,
    keepsPrevious: (previousKey) => previousKey[1] === auditKeys.list(chain, query)[1],
  });

  const toggle = (eventId: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (!next.delete(eventId)) next.add(eventId);
      return next;
    });

  return (
    <Stack>
      <PageHeader
        title={t('audit.title')}
        description={whichChain === 'tenant' ? t('audit.descriptionTenant') : t('audit.descriptionDeployment')}
        action={
          canReadTenant &&
          canReadDeployment && (
            <SegmentedControl
              aria-label={t('audit.chain')}
              value={whichChain}
              onChange={(value) => setChosenChain(value === 'deployment' ? 'deployment' : 'tenant')}
              data={[
                { value: 'tenant', label: tenant?.name ?? t('audit.chains.tenant') },
                { value: 'deployment', label: t('audit.chains.deployment') },
              ]}
            />
          )
        }
      />
      {!canReadTenant && !canReadDeployment ? (
        <NoTenantNotice />
      ) : (
        <>
          <AuditFilters values={filters} onChange={setFilters} />
          <ProblemAlert error={list.error} />
          <Paper withBorder>
            <Table.ScrollContainer minWidth={760}>
              <Table aria-label={t('audit.title')} highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={44}>
                      <VisuallyHidden>{t('audit.columns.details')}</VisuallyHidden>
                    </Table.Th>
                    {headers.map((header) => (
                      <Table.Th key={header}>{t(`audit.columns.${header}`)}</Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.isPending && <TableMessage columns={auditColumnCount} isLoading />}
                  {list.isSuccess && list.items.length === 0 && (
                    <TableMessage columns={auditColumnCount}>{t('audit.empty')}</TableMessage>
                  )}
                  {list.items.map((event) => (
                    <AuditEventRow
                      key={event.id}
                      event={event}
                      occurredAt={format.dateTime(event.occurredAt)}
                      isExpanded={expanded.has(event.id)}
                      onToggle={() => toggle(event.id)}
                      onActor={(actorId) => setFilters((current) => ({ ...current, actorId }))}
                      onEntity={(entityType, entityId) =>
                        setFilters((current) => ({ ...current, entityType, entityId }))
                      }
                    />
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {list.items.length > 0 && (
              <ListFooter
                summary={t('audit.shown', { count: list.items.length })}
                hasMore={list.hasMore}
                isLoadingMore={list.isLoadingMore}
                onLoadMore={list.loadMore}
              />
            )}
          </Paper>
        </>
      )}
    </Stack>
  );
}
