import { Alert, Button, Code, CopyButton, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreatedApiKey } from '@utilis/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../ui/form-actions.tsx';
import { CheckIcon, CopyIcon } from '../../ui/icons.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useErrorText } from '../../ui/use-error-text.ts';
import { apiKeyKeys, createApiKey } from './api-keys-api.ts';
import { useAccessLabels } from './use-access-labels.ts';

const fields = ['name', 'roleId'] as const;

/** A new key for an integration; its secret is shown once, here, and never again. */
export function ApiKeyForm({ tenantId, onDone }: { tenantId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const labels = useAccessLabels();
  const { fieldErrors } = useErrorText();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [roleId, setRoleId] = useState<string | null>(null);
  const [problems, setProblems] = useState<Partial<Record<(typeof fields)[number], string>>>({});
  const mutation = useMutation({
    mutationFn: createApiKey,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiKeyKeys.ofTenant(tenantId) }),
  });

  if (mutation.data) return <CreatedSecret created={mutation.data} onDone={onDone} />;

  const errors = { ...fieldErrors(mutation.error, { role_not_found: 'roleId' }), ...problems };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: typeof problems = {};
    if (!name.trim()) found.name = t('fieldErrors.required');
    if (!roleId) found.roleId = t('fieldErrors.required');
    setProblems(found);
    if (roleId && Object.keys(found).length === 0) mutation.mutate({ tenantId, body: { name: name.trim(), roleId } });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <ProblemAlert error={mutation.error} fields={fields} />
        <TextInput
          label={t('apiKeys.form.name')}
          description={t('apiKeys.form.nameHint')}
          withAsterisk
          value={name}
          onChange={(event) => {
            setName(event.currentTarget.value);
            setProblems(({ name: _, ...rest }) => rest);
          }}
          error={errors.name}
          autoComplete="off"
          data-autofocus
        />
        <Select
          label={t('apiKeys.form.role')}
          description={t('apiKeys.form.roleHint')}
          withAsterisk
          data={labels.roles.map((role) => ({ value: role.id, label: labels.role(role) }))}
          value={roleId}
          onChange={(value) => {
            setRoleId(value);
            setProblems(({ roleId: _, ...rest }) => rest);
          }}
          error={errors.roleId}
          allowDeselect={false}
        />
        <FormActions submitLabel={t('apiKeys.form.submit')} isSubmitting={mutation.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}

function CreatedSecret({ created, onDone }: { created: CreatedApiKey; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Alert color="yellow" variant="light" title={t('apiKeys.created.title')}>
        {t('apiKeys.created.body')}
      </Alert>
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          {t('apiKeys.created.secret', { name: created.name })}
        </Text>
        <Group gap="xs" wrap="nowrap" align="stretch">
          <Code
            block
            style={{ flex: 1, whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}
            aria-label={t('apiKeys.created.secretLabel')}
          >
            {created.secret}
          </Code>
          <CopyButton value={created.secret}>
            {({ copied, copy }) => (
              <Button
                variant={copied ? 'light' : 'default'}
                color={copied ? 'teal' : undefined}
                leftSection={copied ? <CheckIcon size={16} /> : <CopyIcon size={16} />}
                onClick={copy}
                h="auto"
              >
                {copied ? t('apiKeys.created.copied') : t('apiKeys.created.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Text size="xs" c="dimmed">
          {t('apiKeys.created.usage')}
        </Text>
      </Stack>
      <Group justify="flex-end">
        <Button onClick={onDone}>{t('apiKeys.created.done')}</Button>
      </Group>
    </Stack>
  );
}
