import { Badge, Button, Group, Modal, Paper, SegmentedControl, Table, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type CustomFieldDefinition, type CustomFieldEntity, customFieldEntities } from '@utilis/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListPage } from '../../../ui/list-page.tsx';
import { ProblemAlert } from '../../../ui/problem-alert.tsx';
import { TableMessage } from '../../../ui/table-message.tsx';
import { useAccess } from '../../session/index.ts';
import { NoTenantNotice, useCurrentTenant } from '../../tenants/index.ts';
import { CustomFieldDefinitionForm } from './custom-field-definition-form.tsx';
import { customFieldKeys, listCustomFieldDefinitions, updateCustomFieldDefinition } from './custom-fields-api.ts';

const columns = ['label', 'key', 'type', 'rules', 'status', 'actions'] as const;

/** Administration: the fields a tenant adds to its parties, accounts and premises. */
export function CustomFieldDefinitionsPage() {
  const { t } = useTranslation();
  const { tenant } = useCurrentTenant();
  const access = useAccess();
  const queryClient = useQueryClient();
  const [entity, setEntity] = useState<CustomFieldEntity>('party');
  const [editing, setEditing] = useState<CustomFieldDefinition | null>(null);
  const tenantId = tenant?.id ?? '';
  const canManage = tenant !== null && access.inTenant(tenant, 'tenants.manage');
  const list = useQuery({
    queryKey: customFieldKeys.definitions(tenantId, entity),
    queryFn: ({ signal }) => listCustomFieldDefinitions(tenantId, entity, signal),
    enabled: tenant !== null,
  });
  const retirement = useMutation({
    mutationFn: (field: CustomFieldDefinition) =>
      updateCustomFieldDefinition({ tenantId, fieldId: field.id, body: { isRetired: !field.isRetired } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: customFieldKeys.ofTenant(tenantId) }),
  });
  const items = list.data?.items ?? [];

  return (
    <ListPage
      title={t('customFields.title')}
      description={t('customFields.description')}
      creation={
        tenant && canManage
          ? {
              label: t('customFields.new'),
              formTitle: t('customFields.newTitle', { entity: t(`customFields.entities.${entity}`) }),
              formSize: 'lg',
              form: (close) => <CustomFieldDefinitionForm tenantId={tenant.id} entity={entity} onDone={close} />,
            }
          : null
      }
    >
      {!tenant ? (
        <NoTenantNotice />
      ) : (
        <>
          <SegmentedControl
            aria-label={t('customFields.entityPicker')}
            value={entity}
            onChange={(value) => setEntity(value as CustomFieldEntity)}
            data={customFieldEntities.map((each) => ({ value: each, label: t(`customFields.entities.${each}`) }))}
            style={{ alignSelf: 'flex-start' }}
          />
          <ProblemAlert error={list.error ?? retirement.error} />
          <Paper withBorder>
            <Table.ScrollContainer minWidth={760}>
              <Table striped highlightOnHover aria-label={t('customFields.title')}>
                <Table.Thead>
                  <Table.Tr>
                    {columns.map((column) => (
                      <Table.Th key={column}>{t(`customFields.columns.${column}`)}</Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.isPending && <TableMessage columns={columns.length} isLoading />}
                  {list.isSuccess && items.length === 0 && (
                    <TableMessage columns={columns.length}>
                      {t('customFields.empty', { entity: t(`customFields.entities.${entity}`) })}
                    </TableMessage>
                  )}
                  {items.map((field) => (
                    <Table.Tr key={field.id}>
                      <Table.Td fw={500}>{field.label}</Table.Td>
                      <Table.Td ff="monospace">{field.key}</Table.Td>
                      <Table.Td>
                        {t(`customFields.types.${field.type}`)}
                        {field.type === 'choice' && (
                          <Text size="xs" c="dimmed">
                            {(field.choices ?? []).map((choice) => choice.label).join(', ')}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Group gap={4}>
                          {field.isRequired && <Badge variant="light">{t('customFields.rules.required')}</Badge>}
                          {field.isSearchable && (
                            <Badge variant="light" color="grape">
                              {t('customFields.rules.searchable')}
                            </Badge>
                          )}
                        </Group>
                      </Table.Td>
                      <Table.Td>
                        <Badge variant="dot" color={field.isRetired ? 'gray' : 'teal'}>
                          {field.isRetired ? t('customFields.status.retired') : t('customFields.status.active')}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        {canManage && (
                          <Group gap="xs" wrap="nowrap">
                            <Button size="compact-sm" variant="light" onClick={() => setEditing(field)}>
                              {t('customFields.edit')}
                            </Button>
                            <Button
                              size="compact-sm"
                              variant="subtle"
                              color={field.isRetired ? 'teal' : 'red'}
                              loading={retirement.isPending && retirement.variables?.id === field.id}
                              onClick={() => retirement.mutate(field)}
                            >
                              {field.isRetired ? t('customFields.restore') : t('customFields.retire')}
                            </Button>
                          </Group>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Paper>
          <Modal
            opened={editing !== null}
            onClose={() => setEditing(null)}
            title={t('customFields.editTitle')}
            size="lg"
            closeButtonProps={{ 'aria-label': t('common.close') }}
          >
            {editing && (
              <CustomFieldDefinitionForm
                tenantId={tenant.id}
                entity={editing.entity}
                definition={editing}
                onDone={() => setEditing(null)}
              />
            )}
          </Modal>
        </>
      )}
    </ListPage>
  );
}
