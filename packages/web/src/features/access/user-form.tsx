import { Divider, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../ui/form-actions.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useErrorText } from '../../ui/use-error-text.ts';
import { minimumPasswordLength } from '../session/index.ts';
import { useCurrentTenant } from '../tenants/index.ts';
import { emptyGrantDraft, GrantFields, missingGrantFields, toNewGrant } from './grant-fields.tsx';
import { PasswordField } from './password-field.tsx';
import { createUser, userKeys } from './users-api.ts';

// Field errors of these are shown beside their inputs; any other (a grant's scope, say) in the alert.
const fields = ['email', 'displayName', 'password'] as const;

/** A new staff user with a first role at a scope; more roles are added from the user's page. */
export function UserForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const { fieldErrors } = useErrorText();
  const queryClient = useQueryClient();
  const { tenant } = useCurrentTenant();
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [grant, setGrant] = useState(() => emptyGrantDraft(tenant?.id));
  const [problems, setProblems] = useState<Partial<Record<string, string>>>({});

  const mutation = useMutation({
    mutationFn: createUser,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: userKeys.all });
      onDone();
    },
  });

  const errors: Partial<Record<string, string>> = {
    ...fieldErrors(mutation.error, { email_taken: 'email', role_not_found: 'roleId' }),
    ...problems,
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<string, string>> = {};
    if (!email.trim()) found.email = t('fieldErrors.required');
    if (!displayName.trim()) found.displayName = t('fieldErrors.required');
    if (password.length < minimumPasswordLength) found.password = t('session.password.tooShort');
    for (const field of missingGrantFields(grant)) found[field] = t('fieldErrors.required');
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    mutation.mutate({ email: email.trim(), displayName: displayName.trim(), password, grants: [toNewGrant(grant)] });
  };

  const clear = (field: string) => setProblems(({ [field]: _, ...rest }) => rest);

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <ProblemAlert error={mutation.error} fields={fields} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('users.form.displayName')}
            withAsterisk
            value={displayName}
            onChange={(event) => {
              setDisplayName(event.currentTarget.value);
              clear('displayName');
            }}
            error={errors.displayName}
            autoComplete="off"
            data-autofocus
          />
          <TextInput
            label={t('users.form.email')}
            type="email"
            withAsterisk
            value={email}
            onChange={(event) => {
              setEmail(event.currentTarget.value);
              clear('email');
            }}
            error={errors.email}
            autoComplete="off"
          />
        </SimpleGrid>
        <PasswordField
          label={t('users.form.password')}
          value={password}
          onChange={(value) => {
            setPassword(value);
            clear('password');
          }}
          error={errors.password}
        />
        <Divider label={t('users.form.firstRole')} labelPosition="left" />
        <GrantFields
          value={grant}
          onChange={(draft) => {
            setGrant(draft);
            setProblems({});
          }}
          errors={errors}
        />
        <FormActions submitLabel={t('users.form.submit')} isSubmitting={mutation.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}
