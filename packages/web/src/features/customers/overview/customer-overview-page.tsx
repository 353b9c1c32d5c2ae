import { Anchor, Badge, Button, Group, Loader, Modal, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { Agreement, PartyOverview, Premise } from '@utilis/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate, usePathParameters } from '../../../app/router.ts';
import { useFormatters } from '../../../i18n/use-formatters.ts';
import { PageHeader } from '../../../ui/page-header.tsx';
import { ProblemAlert } from '../../../ui/problem-alert.tsx';
import { useAccess } from '../../session/index.ts';
import { NoTenantNotice, useCurrentTenant } from '../../tenants/index.ts';
import { type MoveKind, MoveWizard } from '../agreements/index.ts';
import { CustomFieldsPanel } from '../custom-fields/index.ts';
import { premiseLabel } from '../premises/index.ts';
import { CustomerTimeline } from './customer-timeline.tsx';
import { getPartyOverview, overviewKeys } from './overview-api.ts';
import { OverviewTable } from './overview-table.tsx';
import { PartyCard } from './party-card.tsx';

type Move = { kind: MoveKind; servicePointId?: string; premise?: Premise };

const moveTitleKey = { 'move-in': 'moveIn', 'move-out': 'moveOut', transfer: 'transfer' } as const;

/** The customer 360 page at /parties/:partyId: everything about one customer on one page. */
export function CustomerOverviewPage() {
  const { t } = useTranslation();
  const { tenant } = useCurrentTenant();
  const access = useAccess();
  const { partyId = '' } = usePathParameters('/parties/:partyId');
  const [move, setMove] = useState<Move | null>(null);
  const query = useQuery({
    queryKey: overviewKeys.one(tenant?.id ?? '', partyId),
    queryFn: ({ signal }) => getPartyOverview(tenant?.id ?? '', partyId, signal),
    enabled: tenant !== null && partyId !== '',
  });
  const overview = query.data;
  const canMove = tenant !== null && access.inTenant(tenant, 'accounts.edit');

  if (!tenant) return <NoTenantNotice />;
  return (
    <Stack gap="lg">
      <Anchor
        href="/parties"
        size="sm"
        onClick={(event) => {
          event.preventDefault();
          navigate('/parties');
        }}
      >
        {t('customers.overview.backToParties')}
      </Anchor>
      <PageHeader
        title={overview?.party.displayName ?? t('customers.overview.title')}
        description={t('customers.overview.description')}
        action={
          canMove &&
          overview && <Button onClick={() => setMove({ kind: 'move-in' })}>{t('customers.moves.moveIn')}</Button>
        }
      />
      <ProblemAlert error={query.error} />
      {query.isPending && <Loader size="sm" aria-label={t('common.loading')} />}
      {overview && <OverviewSections overview={overview} onMove={canMove ? setMove : undefined} />}
      <Modal
        opened={move !== null}
        onClose={() => setMove(null)}
        title={move ? t(`customers.moves.titles.${moveTitleKey[move.kind]}`) : ''}
        size="xl"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {move && (
          <MoveWizard
            tenantId={tenant.id}
            kind={move.kind}
            premise={move.premise}
            servicePointId={move.servicePointId}
            partyId={move.kind === 'move-in' ? partyId : undefined}
            onDone={() => setMove(null)}
          />
        )}
      </Modal>
    </Stack>
  );
}

function OverviewSections({ overview, onMove }: { overview: PartyOverview; onMove?: (move: Move) => void }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const accounts = new Map(overview.accounts.map((account) => [account.id, account]));
  const servicePoints = new Map(
    overview.premises.flatMap((premise) =>
      premise.servicePoints.map((point) => [point.id, { point, premise }] as const),
    ),
  );
  const placeOf = (servicePointId: string) => {
    const found = servicePoints.get(servicePointId);
    return found ? `${premiseLabel(found.premise)} · ${t(`customers.serviceKinds.${found.point.kind}`)}` : '—';
  };
  const isRunning = (agreement: Agreement) => agreement.endOn === null;

  return (
    <Stack gap="xl">
      <PartyCard
        party={overview.party}
        firstOpenedOn={overview.accounts.map((account) => account.openedOn).sort()[0] ?? null}
      />
      <CustomFieldsPanel entity="party" entityId={overview.party.id} />

      <OverviewTable
        title={t('customers.overview.accounts.title')}
        columns={['accountNumber', 'name', 'branch', 'status', 'openedOn', 'closedOn'] as const}
        columnLabel={(column) => t(`customers.overview.accounts.columns.${column}`)}
        emptyMessage={t('customers.overview.accounts.empty')}
        rows={overview.accounts.map((account) => (
          <Table.Tr key={account.id}>
            <Table.Td ff="monospace" fw={500}>
              {account.accountNumber}
            </Table.Td>
            <Table.Td>{account.name ?? '—'}</Table.Td>
            <Table.Td>{account.branchCode ?? '—'}</Table.Td>
            <Table.Td>
              <Badge variant="light" color={account.status === 'active' ? 'teal' : 'gray'}>
                {t(`accounts.statuses.${account.status}`)}
              </Badge>
            </Table.Td>
            <Table.Td>{format.date(account.openedOn)}</Table.Td>
            <Table.Td>{account.closedOn ? format.date(account.closedOn) : '—'}</Table.Td>
          </Table.Tr>
        ))}
      />

      <OverviewTable
        title={t('customers.overview.premises.title')}
        columns={['premise', 'reference', 'servicePoints'] as const}
        columnLabel={(column) => t(`customers.overview.premises.columns.${column}`)}
        emptyMessage={t('customers.overview.premises.empty')}
        rows={overview.premises.map((premise) => (
          <Table.Tr key={premise.id}>
            <Table.Td fw={500}>{premiseLabel({ ...premise, reference: null })}</Table.Td>
            <Table.Td ff="monospace">{premise.reference ?? '—'}</Table.Td>
            <Table.Td>
              <Group gap={4}>
                {premise.servicePoints.map((point) => (
                  <Badge key={point.id} variant="light">
                    {t(`customers.serviceKinds.${point.kind}`)}
                  </Badge>
                ))}
              </Group>
            </Table.Td>
          </Table.Tr>
        ))}
      />

      <OverviewTable
        title={t('customers.overview.agreements.title')}
        columns={['servicePoint', 'account', 'startOn', 'endOn', 'status', 'actions'] as const}
        columnLabel={(column) => t(`customers.overview.agreements.columns.${column}`)}
        emptyMessage={t('customers.overview.agreements.empty')}
        minWidth={820}
        rows={overview.agreements.map((agreement) => {
          const found = servicePoints.get(agreement.servicePointId);
          return (
            <Table.Tr key={agreement.id}>
              <Table.Td>{placeOf(agreement.servicePointId)}</Table.Td>
              <Table.Td ff="monospace">{accounts.get(agreement.accountId)?.accountNumber ?? '—'}</Table.Td>
              <Table.Td>{format.date(agreement.startOn)}</Table.Td>
              <Table.Td>{agreement.endOn ? format.date(agreement.endOn) : '—'}</Table.Td>
              <Table.Td>
                {isRunning(agreement) ? (
                  <Badge variant="light" color="teal">
                    {t('customers.overview.agreements.running')}
                  </Badge>
                ) : (
                  <Stack gap={2}>
                    <Badge variant="light" color="gray">
                      {t('customers.overview.agreements.ended')}
                    </Badge>
                    {agreement.finalBillRequestedOn && (
                      <Text size="xs" c="dimmed">
                        {t('customers.overview.agreements.finalBillRequestedOn', {
                          date: format.date(agreement.finalBillRequestedOn),
                        })}
                      </Text>
                    )}
                  </Stack>
                )}
              </Table.Td>
              <Table.Td>
                {onMove && isRunning(agreement) && (
                  <Group gap="xs" wrap="nowrap">
                    {(['move-out', 'transfer'] as const).map((kind) => (
                      <Button
                        key={kind}
                        size="compact-sm"
                        variant="light"
                        onClick={() =>
                          onMove({ kind, servicePointId: agreement.servicePointId, premise: found?.premise })
                        }
                      >
                        {t(`customers.moves.${kind === 'move-out' ? 'moveOut' : 'transfer'}`)}
                      </Button>
                    ))}
                  </Group>
                )}
              </Table.Td>
            </Table.Tr>
          );
        })}
      />

      <OverviewTable
        title={t('customers.overview.meters.title')}
        columns={['serial', 'kind', 'servicePoint', 'installedOn', 'removedOn'] as const}
        columnLabel={(column) => t(`customers.overview.meters.columns.${column}`)}
        emptyMessage={t('customers.overview.meters.empty')}
        rows={overview.meters.map((meter) => (
          <Table.Tr key={meter.installationId}>
            <Table.Td ff="monospace">{meter.serial}</Table.Td>
            <Table.Td>{`${t(`meters.kinds.${meter.kind}`)} (${format.unit(meter.unit)})`}</Table.Td>
            <Table.Td>{placeOf(meter.servicePointId)}</Table.Td>
            <Table.Td>{format.date(meter.installedOn)}</Table.Td>
            <Table.Td>{meter.removedOn ? format.date(meter.removedOn) : '—'}</Table.Td>
          </Table.Tr>
        ))}
      />

      <OverviewTable
        title={t('customers.overview.balances.title')}
        columns={['account', 'balance'] as const}
        columnLabel={(column) => t(`customers.overview.balances.columns.${column}`)}
        emptyMessage={t('customers.overview.balances.empty')}
        rows={overview.balances.map((balance) => (
          <Table.Tr key={balance.accountId}>
            <Table.Td ff="monospace">{accounts.get(balance.accountId)?.accountNumber ?? '—'}</Table.Td>
            <Table.Td>{format.money({ amountMinor: balance.balanceMinor, currency: balance.currency })}</Table.Td>
          </Table.Tr>
        ))}
      />

      <CustomerTimeline overview={overview} />
    </Stack>
  );
}
