import { Button, Group, Loader, Modal, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { Premise } from '@utilis/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchableList } from '../../../api/use-searchable-list.ts';
import { ListPage } from '../../../ui/list-page.tsx';
import { ListTable } from '../../../ui/list-table.tsx';
import { ProblemAlert } from '../../../ui/problem-alert.tsx';
import { SearchInput } from '../../../ui/search-input.tsx';
import { useAccess } from '../../session/index.ts';
import { NoTenantNotice, useCurrentTenant } from '../../tenants/index.ts';
import { MoveWizard } from '../agreements/index.ts';
import { CustomFieldsPanel } from '../custom-fields/index.ts';
import { PremiseForm } from './premise-form.tsx';
import { getPremise, listPremises, premiseKeys } from './premises-api.ts';

const columns = ['reference', 'address', 'city', 'districtMeteredAreaCode', 'actions'] as const;

const Missing = () => (
  <Text span c="dimmed">
    —
  </Text>
);

/** The premise being edited, loaded with its service points before the form opens. */
function EditPremise({
  tenantId,
  premiseId,
  defaultCountry,
  onDone,
}: {
  tenantId: string;
  premiseId: string;
  defaultCountry: string;
  onDone: () => void;
}) {
  const query = useQuery({
    queryKey: premiseKeys.one(tenantId, premiseId),
    queryFn: ({ signal }) => getPremise(tenantId, premiseId, signal),
  });
  if (query.error) return <ProblemAlert error={query.error} />;
  if (!query.data) return <Loader size="sm" />;
  return (
    <Stack gap="lg">
      <PremiseForm tenantId={tenantId} defaultCountry={defaultCountry} premise={query.data} onDone={onDone} />
      <CustomFieldsPanel entity="premise" entityId={premiseId} />
    </Stack>
  );
}

export function PremisesPage() {
  const { t } = useTranslation();
  const { tenant } = useCurrentTenant();
  const access = useAccess();
  const [editing, setEditing] = useState<Premise | null>(null);
  const [movingInto, setMovingInto] = useState<Premise | null>(null);
  const { search, setSearch, q, list } = useSearchableList({
    tenantId: tenant?.id,
    keys: premiseKeys,
    fetchPage: listPremises,
  });
  const canEdit = tenant !== null && access.inTenant(tenant, 'accounts.edit');

  return (
    <ListPage
      title={t('customers.premises.title')}
      description={t('customers.premises.description')}
      creation={
        tenant && canEdit
          ? {
              label: t('customers.premises.new'),
              formTitle: t('customers.premises.newTitle'),
              formSize: 'xl',
              form: (close) => <PremiseForm tenantId={tenant.id} defaultCountry={tenant.country} onDone={close} />,
            }
          : null
      }
    >
      {!tenant ? (
        <NoTenantNotice />
      ) : (
        <>
          <SearchInput value={search} onChange={setSearch} placeholder={t('customers.premises.searchPlaceholder')} />
          <ListTable
            label={t('customers.premises.title')}
            minWidth={760}
            columns={columns}
            columnLabel={(column) => t(`customers.premises.columns.${column}`)}
            list={list}
            emptyMessage={q ? t('customers.premises.noMatch', { q }) : t('customers.premises.empty')}
            summary={(count) => t('customers.premises.shown', { count })}
            cells={(premise) => (
              <>
                <Table.Td ff="monospace">{premise.reference ?? <Missing />}</Table.Td>
                <Table.Td fw={500}>{[premise.addressLine1, premise.addressLine2].filter(Boolean).join(', ')}</Table.Td>
                <Table.Td>{[premise.postalCode, premise.city].filter(Boolean).join(' ')}</Table.Td>
                <Table.Td>{premise.districtMeteredAreaCode ?? <Missing />}</Table.Td>
                <Table.Td>
                  {canEdit && (
                    <Group gap="xs" wrap="nowrap">
                      <Button size="compact-sm" variant="light" onClick={() => setEditing(premise)}>
                        {t('customers.premises.edit')}
                      </Button>
                      <Button size="compact-sm" variant="light" color="teal" onClick={() => setMovingInto(premise)}>
                        {t('customers.moves.moveIn')}
                      </Button>
                    </Group>
                  )}
                </Table.Td>
              </>
            )}
          />
          <Modal
            opened={editing !== null}
            onClose={() => setEditing(null)}
            title={t('customers.premises.editTitle')}
            size="xl"
            closeButtonProps={{ 'aria-label': t('common.close') }}
          >
            {editing && (
              <EditPremise
                tenantId={tenant.id}
                premiseId={editing.id}
                defaultCountry={tenant.country}
                onDone={() => setEditing(null)}
              />
            )}
          </Modal>
          <Modal
            opened={movingInto !== null}
            onClose={() => setMovingInto(null)}
            title={t('customers.moves.titles.moveIn')}
            size="xl"
            closeButtonProps={{ 'aria-label': t('common.close') }}
          >
            {movingInto && (
              <MoveWizard tenantId={tenant.id} kind="move-in" premise={movingInto} onDone={() => setMovingInto(null)} />
            )}
          </Modal>
        </>
      )}
    </ListPage>
  );
}
