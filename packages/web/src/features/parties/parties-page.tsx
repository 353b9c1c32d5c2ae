import { Anchor, Badge, Table, Text } from '@mantine/core';
import type { Party } from '@utilis/contracts';
import { useTranslation } from 'react-i18next';
import { useSearchableList } from '../../api/use-searchable-list.ts';
import { useFormatters } from '../../i18n/use-formatters.ts';
import { ListPage } from '../../ui/list-page.tsx';
import { ListTable } from '../../ui/list-table.tsx';
import { SearchInput } from '../../ui/search-input.tsx';
import { useAccess } from '../session/index.ts';
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
  const access = useAccess();
  const format = useFormatters(tenant?.timeZone);
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
              </>
            )}
          />
        </>
      )}
    </ListPage>
  );
}
