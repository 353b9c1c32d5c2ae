import { Button, Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CustomFieldEntity, CustomFieldValues, Permission } from '@utilis/contracts';
import { parseCustomValue } from '@utilis/domain';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../ui/problem-alert.tsx';
import { useAccess } from '../../session/index.ts';
import { useCurrentTenant } from '../../tenants/index.ts';
import { CustomFieldInput } from './custom-field-input.tsx';
import { customFieldKeys, getCustomFieldValues, setCustomFieldValues } from './custom-fields-api.ts';

/** Who may change an entity's values: whoever may edit the entity itself. */
const editPermission: Record<CustomFieldEntity, Permission> = {
  party: 'parties.edit',
  account: 'accounts.edit',
  premise: 'accounts.edit',
};

const typedValues = (data: CustomFieldValues) =>
  Object.fromEntries(data.fields.map(({ field, value }) => [field.key, value ?? '']));

/**
 * The tenant's custom fields of one party, account or premise, with typed inputs; saved together.
 * Retired fields still holding a value are shown read-only. Shows nothing while the tenant defines
 * no field for this kind of entity.
 */
export function CustomFieldsPanel({ entity, entityId }: { entity: CustomFieldEntity; entityId: string }) {
  const { t } = useTranslation();
  const { tenant } = useCurrentTenant();
  const access = useAccess();
  const tenantId = tenant?.id ?? '';
  const queryKey = customFieldKeys.values(tenantId, entity, entityId);
  const query = useQuery({
    queryKey,
    queryFn: ({ signal }) => getCustomFieldValues(tenantId, entity, entityId, signal),
    enabled: tenant !== null,
  });
  const [edits, setEdits] = useState<Record<string, string>>({});
  const [invalid, setInvalid] = useState<Record<string, string>>({});
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: (values: Record<string, string | null>) => setCustomFieldValues({ tenantId, entity, entityId, values }),
    onSuccess: (saved) => {
      queryClient.setQueryData(queryKey, saved);
      setEdits({});
    },
  });
  const canEdit = tenant !== null && access.inTenant(tenant, editPermission[entity]);

  if (query.error) return <ProblemAlert error={query.error} />;
  if (!query.data) return <Loader size="sm" />;
  if (query.data.fields.length === 0) return null;

  const stored = typedValues(query.data);
  const current = { ...stored, ...edits };
  const isChanged = Object.entries(edits).some(([key, value]) => value !== stored[key]);
  const fieldOf = new Map(query.data.fields.map(({ field }) => [field.key, field]));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const changed = Object.entries(edits).filter(([key, value]) => value !== stored[key]);
    // The same rules the server applies, checked here first so each message sits beside its input.
    const found: Record<string, string> = {};
    for (const [key, value] of Object.entries(current)) {
      const field = fieldOf.get(key);
      if (!field || field.isRetired) continue;
      if (value.trim() === '') {
        if (field.isRequired) found[key] = t('fieldErrors.required');
      } else if (!parseCustomValue(field, value).ok) {
        found[key] = t(`customFields.panel.invalid.${field.type}`);
      }
    }
    setInvalid(found);
    if (Object.keys(found).length > 0) return;
    mutation.mutate(Object.fromEntries(changed.map(([key, value]) => [key, value.trim() === '' ? null : value])));
  };

  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} noValidate aria-label={t('customFields.panel.title')}>
        <Stack gap="sm">
          <Title order={3} size="h4">
            {t('customFields.panel.title')}
          </Title>
          <ProblemAlert error={mutation.error} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {query.data.fields.map(({ field }) => (
              <CustomFieldInput
                key={field.id}
                field={field}
                value={current[field.key] ?? ''}
                onChange={(value) => {
                  setEdits((before) => ({ ...before, [field.key]: value }));
                  setInvalid(({ [field.key]: _, ...rest }) => rest);
                }}
                error={invalid[field.key]}
                isReadOnly={!canEdit || field.isRetired}
              />
            ))}
          </SimpleGrid>
          {canEdit ? (
            <Group justify="flex-end">
              {isChanged && (
                <Button
                  variant="default"
                  onClick={() => {
                    setEdits({});
                    setInvalid({});
                  }}
                >
                  {t('common.cancel')}
                </Button>
              )}
              <Button type="submit" loading={mutation.isPending} disabled={!isChanged}>
                {t('customFields.panel.save')}
              </Button>
            </Group>
          ) : (
            <Text size="sm" c="dimmed">
              {t('customFields.panel.readOnly')}
            </Text>
          )}
          {mutation.isSuccess && !isChanged && (
            <Text size="sm" c="teal" role="status">
              {t('customFields.panel.saved')}
            </Text>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
