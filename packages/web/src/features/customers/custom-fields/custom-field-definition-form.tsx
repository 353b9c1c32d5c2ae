import { Checkbox, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  type CustomFieldChoice,
  type CustomFieldDefinition,
  type CustomFieldEntity,
  type CustomFieldType,
  customFieldTypes,
} from '@utilis/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../../ui/form-actions.tsx';
import { ProblemAlert } from '../../../ui/problem-alert.tsx';
import { useErrorText } from '../../../ui/use-error-text.ts';
import { ChoicesEditor } from './choices-editor.tsx';
import { createCustomFieldDefinition, customFieldKeys, updateCustomFieldDefinition } from './custom-fields-api.ts';

const fields = ['key', 'label', 'type', 'choices', 'position'] as const;
type Field = (typeof fields)[number];

// A key is the stable code integrators use; suggested from the label until typed by hand.
const keyFrom = (label: string) =>
  label
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^[^a-z]+|_+$/g, '')
    .slice(0, 63);

/** Defines a custom field of an entity, or edits one (its entity and key never change). */
export function CustomFieldDefinitionForm({
  tenantId,
  entity,
  definition,
  onDone,
}: {
  tenantId: string;
  entity: CustomFieldEntity;
  definition?: CustomFieldDefinition;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { fieldErrors } = useErrorText();
  const queryClient = useQueryClient();
  const [label, setLabel] = useState(definition?.label ?? '');
  const [key, setKey] = useState(definition?.key ?? '');
  const [isKeyTyped, setIsKeyTyped] = useState(definition !== undefined);
  const [type, setType] = useState<CustomFieldType>(definition?.type ?? 'text');
  const [choices, setChoices] = useState<CustomFieldChoice[]>(definition?.choices ?? [{ code: '', label: '' }]);
  const [isRequired, setIsRequired] = useState(definition?.isRequired ?? false);
  const [isSearchable, setIsSearchable] = useState(definition?.isSearchable ?? false);
  const [position, setPosition] = useState(String(definition?.position ?? 0));
  const [missing, setMissing] = useState<Partial<Record<Field, string>>>({});

  const mutation = useMutation({
    mutationFn: () => {
      const common = {
        label: label.trim(),
        type,
        choices:
          type === 'choice'
            ? choices.map((choice) => ({ code: choice.code.trim(), label: choice.label.trim() }))
            : null,
        isRequired,
        isSearchable,
        position: Number(position),
      };
      return definition
        ? updateCustomFieldDefinition({ tenantId, fieldId: definition.id, body: common })
        : createCustomFieldDefinition({ tenantId, body: { ...common, entity, key } });
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: customFieldKeys.ofTenant(tenantId) });
      onDone();
    },
  });

  const errors: Partial<Record<Field, string>> = {
    ...fieldErrors(mutation.error, {
      custom_field_key_taken: 'key',
      custom_field_type_locked: 'type',
      custom_field_choices_invalid: 'choices',
      custom_field_choice_in_use: 'choices',
    }),
    ...missing,
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    if (!label.trim()) found.label = t('fieldErrors.required');
    if (!key) found.key = t('fieldErrors.required');
    if (!/^\d{1,5}$/.test(position.trim()) || Number(position) > 10_000)
      found.position = t('customFields.form.positionInvalid');
    setMissing(found);
    if (Object.keys(found).length === 0) mutation.mutate();
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <ProblemAlert error={mutation.error} fields={fields} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('customFields.form.label')}
            withAsterisk
            autoComplete="off"
            value={label}
            onChange={(event) => {
              const { value } = event.currentTarget;
              setLabel(value);
              if (!isKeyTyped) setKey(keyFrom(value));
              setMissing(({ label: _, ...rest }) => rest);
            }}
            error={errors.label}
          />
          <TextInput
            label={t('customFields.form.key')}
            description={definition ? t('customFields.form.keyFixed') : t('customFields.form.keyHint')}
            withAsterisk
            ff="monospace"
            autoComplete="off"
            disabled={definition !== undefined}
            value={key}
            onChange={(event) => {
              setKey(event.currentTarget.value);
              setIsKeyTyped(true);
              setMissing(({ key: _, ...rest }) => rest);
            }}
            error={errors.key}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('customFields.form.type')}
            description={definition ? t('customFields.form.typeHint') : undefined}
            data={customFieldTypes.map((each) => ({ value: each, label: t(`customFields.types.${each}`) }))}
            value={type}
            onChange={(value) => value && setType(value as CustomFieldType)}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
            error={errors.type}
          />
          <TextInput
            label={t('customFields.form.position')}
            description={t('customFields.form.positionHint')}
            inputMode="numeric"
            value={position}
            onChange={(event) => setPosition(event.currentTarget.value)}
            error={errors.position}
          />
        </SimpleGrid>
        {type === 'choice' && <ChoicesEditor choices={choices} onChange={setChoices} error={errors.choices} />}
        <Group gap="xl">
          <Checkbox
            label={t('customFields.form.isRequired')}
            checked={isRequired}
            onChange={(event) => setIsRequired(event.currentTarget.checked)}
          />
          <Checkbox
            label={t('customFields.form.isSearchable')}
            checked={isSearchable}
            onChange={(event) => setIsSearchable(event.currentTarget.checked)}
          />
        </Group>
        <FormActions
          submitLabel={definition ? t('customFields.form.save') : t('customFields.form.create')}
          isSubmitting={mutation.isPending}
          onCancel={onDone}
        />
      </Stack>
    </form>
  );
}
