import { Anchor, Badge, Button, Group, Modal, Table, Text } from '@mantine/core';
import type { Party } from '@utilis/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchableList } from '../../../api/use-searchable-list.ts';
import { navigate } from '../../../app/router.ts';
import { useFormatters } from '../../../i18n/use-formatters.ts';
import { ListPage } from '../../../ui/list-page.tsx';
import { ListTable } from '../../../ui/list-table.tsx';
import { SearchInput } from '../../../ui/search-input.tsx';
import { useAccess } from '../../session/index.ts';
import { NoTenantNotice, useCurrentTenant, useTenantPath } from '../../tenants/index.ts';
import { listParties, partyKeys } from './parties-api.ts';
import { PartyForm } from './party-form.tsx';
import { PartyListsPanel } from './party-lists-panel.tsx';

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
  const access = useAccess();
  const format = useFormatters();
  const tenantPath = useTenantPath();
  const [detailed, setDetailed] = useState<Party | null>(null);
  const { search, setSearch, q, list } = useSearchableList({
    tenantId: tenant?.id,
    keys: partyKeys,
    fetchPage: listParties,
  });

  return (
    <ListPage
      title={t('parties.title')}
      description={t('parties.description')}
      creation={
        tenant && access.inTenant(tenant, 'parties.edit')
          ? {
              label: t('parties.new'),
              formTitle: t('parties.form.title'),
              formSize: 'lg',
              form: (close) => <PartyForm tenantId={tenant.id} onDone={close} />,
            }
          : null
      }
    >
      {!tenant ? (
        <NoTenantNotice />
      ) : (
        <>
          <SearchInput value={search} onChange={setSearch} placeholder={t('parties.searchPlaceholder')} />
          <ListTable
            label={t('parties.title')}
            minWidth={760}
            columns={columns}
            columnLabel={(column) => t(`parties.columns.${column}`)}
            list={list}
            emptyMessage={q ? t('parties.noMatch', { q }) : t('parties.empty')}
            summary={(count) => t('parties.shown', { count })}
            cells={(party) => (
              <>
                <Table.Td fw={500}>
                  <Group gap="xs" wrap="nowrap">
                    {/* The customer 360 page: a real link, so it opens in a new tab too. */}
                    <Anchor
                      href={tenantPath(`/parties/${party.id}`)}
                      size="sm"
                      fw={500}
                      onClick={(event) => {
                        if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
                        event.preventDefault();
                        navigate(tenantPath(`/parties/${party.id}`));
                      }}
                    >
                      {party.displayName}
                    </Anchor>
                    <Button size="compact-xs" variant="subtle" onClick={() => setDetailed(party)}>
                      {t('partyAccountDetails.details')}
                    </Button>
                  </Group>
                </Table.Td>
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
          title={detailed && t('partyAccountDetails.detailsOf', { name: detailed.displayName })}
          closeButtonProps={{ 'aria-label': t('common.close') }}
        >
          {detailed && (
            <PartyListsPanel
              tenantId={tenant.id}
              party={detailed}
              canEdit={access.inTenant(tenant, 'parties.edit')}
              onDone={() => setDetailed(null)}
            />
          )}
        </Modal>
      )}
    </ListPage>
  );
}
