import {
  Alert,
  Anchor,
  Button,
  Group,
  Loader,
  Modal,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { MeterWithInstallations, Tenant } from '@utilis/contracts';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../app/router.ts';
import { useFormatters } from '../../i18n/use-formatters.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useAccess } from '../session/index.ts';
import { NoTenantNotice, useCurrentTenant } from '../tenants/index.ts';
import { ExchangeForm } from './exchange-form.tsx';
import { InstallForm } from './install-form.tsx';
import { MeterForm } from './meter-form.tsx';
import { MeterLink } from './meter-link.tsx';
import { MeterStatusBadge, Missing } from './meter-status-badge.tsx';
import { getMeter, listMeterReadings, listMeters, meterKeys, updateMeter } from './meters-api.ts';
import { RemoveForm } from './remove-form.tsx';
import { ServicePointLabel } from './service-point-label.tsx';
import { useMeterOperation } from './use-meter-operation.ts';

type Operation = 'edit' | 'install' | 'remove' | 'exchange';

/** One meter: its registry data, where it has hung, what it read, and its sub-meters. */
export function MeterDetail({ meterId }: { meterId: string }) {
  const { t } = useTranslation();
  const { tenant } = useCurrentTenant();
  const tenantId = tenant?.id ?? '';
  const meter = useQuery({
    queryKey: meterKeys.detail(tenantId, meterId),
    queryFn: ({ signal }) => getMeter(tenantId, meterId, signal),
    enabled: tenant !== null,
  });
  if (!tenant) return <NoTenantNotice />;
  if (meter.isPending) return <Loader aria-label={t('common.loading')} />;
  if (!meter.data) return <ProblemAlert error={meter.error} />;
  return <MeterSheet tenant={tenant} meter={meter.data} />;
}

function MeterSheet({ tenant, meter }: { tenant: Tenant; meter: MeterWithInstallations }) {
  const tenantId = tenant.id;
  const { t } = useTranslation();
  const access = useAccess();
  const format = useFormatters();
  const [operation, setOperation] = useState<Operation | null>(null);
  const close = () => setOperation(null);
  const canEdit = access.inTenant(tenant, 'metering.edit');
  const readings = useQuery({
    queryKey: meterKeys.readings(tenantId, meter.id),
    queryFn: ({ signal }) => listMeterReadings(tenantId, meter.id, signal),
  });
  const children = useQuery({
    queryKey: meterKeys.children(tenantId, meter.id),
    queryFn: ({ signal }) => listMeters(tenantId, { limit: 200, parentMeterId: meter.id }, signal),
  });
  const master = useQuery({
    queryKey: meterKeys.detail(tenantId, meter.parentMeterId ?? ''),
    queryFn: ({ signal }) => getMeter(tenantId, meter.parentMeterId ?? '', signal),
    enabled: meter.parentMeterId !== null,
  });
  const statusChange = useMeterOperation({
    tenantId,
    run: (status: 'in_stock' | 'retired') => updateMeter({ tenantId, meterId: meter.id, body: { status } }),
    onDone: () => undefined,
  });

  const isInstalled = meter.status === 'installed';
  const forms: Record<Operation, { title: string; form: ReactNode }> = {
    edit: { title: t('meters.form.editTitle'), form: <MeterForm tenantId={tenantId} meter={meter} onDone={close} /> },
    install: {
      title: t('meters.install.title'),
      form: <InstallForm tenantId={tenantId} meter={meter} onDone={close} />,
    },
    remove: { title: t('meters.remove.title'), form: <RemoveForm tenantId={tenantId} meter={meter} onDone={close} /> },
    exchange: {
      title: t('meters.exchange.title'),
      form: <ExchangeForm tenantId={tenantId} meter={meter} onDone={close} />,
    },
  };
  const fact = (label: string, value: ReactNode) => (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm" component="div">
        {value}
      </Text>
    </Stack>
  );

  return (
    <Stack gap="lg">
      <Anchor
        href="/meters"
        size="sm"
        onClick={(event) => {
          if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
          event.preventDefault();
          navigate('/meters');
        }}
      >
        {t('meters.detail.back')}
      </Anchor>
      <PageHeader
        title={t('meters.detail.title', { serial: meter.serial })}
        description={t(`meters.kinds.${meter.kind}`)}
        action={
          canEdit && (
            <Group gap="xs">
              <Button variant="default" onClick={() => setOperation('edit')}>
                {t('meters.detail.edit')}
              </Button>
              {isInstalled ? (
                <>
                  <Button variant="default" onClick={() => setOperation('remove')}>
                    {t('meters.detail.remove')}
                  </Button>
                  <Button onClick={() => setOperation('exchange')}>{t('meters.detail.exchange')}</Button>
                </>
              ) : (
                <>
                  {meter.status !== 'retired' && (
                    <Button onClick={() => setOperation('install')}>{t('meters.detail.install')}</Button>
                  )}
                  {meter.status === 'in_stock' || meter.status === 'removed' ? (
                    <Button variant="subtle" color="red" onClick={() => statusChange.mutate('retired')}>
                      {t('meters.detail.retire')}
                    </Button>
                  ) : null}
                  {meter.status === 'removed' || meter.status === 'retired' ? (
                    <Button variant="subtle" onClick={() => statusChange.mutate('in_stock')}>
                      {t('meters.detail.toStock')}
                    </Button>
                  ) : null}
                </>
              )}
            </Group>
          )
        }
      />
      <ProblemAlert error={statusChange.error} />
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="md">
          {fact(t('meters.columns.status'), <MeterStatusBadge status={meter.status} />)}
          {fact(t('meters.form.unit'), format.unit(meter.unit))}
          {fact(t('meters.form.digits'), meter.digits)}
          {fact(t('meters.form.multiplier'), format.decimal(meter.multiplier))}
          {fact(t('meters.form.size'), meter.size ?? <Missing />)}
          {fact(
            t('meters.form.calibrationDueOn'),
            meter.calibrationDueOn ? format.date(meter.calibrationDueOn) : <Missing />,
          )}
          {fact(t('meters.form.parentMeterId'), master.data ? <MeterLink meter={master.data} /> : <Missing />)}
          {fact(
            t('meters.detail.servicePoint'),
            meter.servicePointId ? (
              <ServicePointLabel tenantId={tenantId} servicePointId={meter.servicePointId} />
            ) : (
              <Missing />
            ),
          )}
        </SimpleGrid>
      </Paper>

      <Title order={4}>{t('meters.detail.installations')}</Title>
      {meter.installations.length === 0 ? (
        <Alert variant="light">{t('meters.detail.noInstallations')}</Alert>
      ) : (
        <Paper withBorder>
          <Table.ScrollContainer minWidth={640}>
            <Table striped aria-label={t('meters.detail.installations')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('meters.detail.servicePoint')}</Table.Th>
                  <Table.Th>{t('meters.detail.installedOn')}</Table.Th>
                  <Table.Th>{t('meters.detail.installReading')}</Table.Th>
                  <Table.Th>{t('meters.detail.removedOn')}</Table.Th>
                  <Table.Th>{t('meters.detail.removalReading')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {meter.installations.map((installation) => (
                  <Table.Tr key={installation.id}>
                    <Table.Td>
                      <ServicePointLabel tenantId={tenantId} servicePointId={installation.servicePointId} />
                    </Table.Td>
                    <Table.Td>{format.date(installation.installedOn)}</Table.Td>
                    <Table.Td>{installation.installReading}</Table.Td>
                    <Table.Td>
                      {installation.removedOn ? format.date(installation.removedOn) : t('meters.detail.stillInstalled')}
                    </Table.Td>
                    <Table.Td>{installation.removalReading ?? <Missing />}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}

      <Title order={4}>{t('meters.detail.readings')}</Title>
      <ProblemAlert error={readings.error} />
      {readings.data?.items.length === 0 ? (
        <Alert variant="light">{t('meters.detail.noReadings')}</Alert>
      ) : (
        <Paper withBorder>
          <Table striped aria-label={t('meters.detail.readings')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('meters.detail.readOn')}</Table.Th>
                <Table.Th>{t('meters.detail.value', { unit: format.unit(meter.unit) })}</Table.Th>
                <Table.Th>{t('meters.detail.source')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(readings.data?.items ?? []).map((reading) => (
                <Table.Tr key={reading.id}>
                  <Table.Td>{format.date(reading.readOn)}</Table.Td>
                  <Table.Td>{format.decimal(reading.value)}</Table.Td>
                  <Table.Td>{t(`meters.sources.${reading.source}`)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}

      {(children.data?.items.length ?? 0) > 0 && (
        <>
          <Title order={4}>{t('meters.detail.subMeters')}</Title>
          <Group gap="md">
            {children.data?.items.map((child) => (
              <MeterLink key={child.id} meter={child} />
            ))}
          </Group>
        </>
      )}

      <Modal
        opened={operation !== null}
        onClose={close}
        title={operation ? forms[operation].title : ''}
        size="lg"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {operation && forms[operation].form}
      </Modal>
    </Stack>
  );
}
