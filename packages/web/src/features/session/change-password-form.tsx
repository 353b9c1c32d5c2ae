import { Alert, Button, Group, PasswordInput, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error.ts';
import { FormActions } from '../../ui/form-actions.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useErrorText } from '../../ui/use-error-text.ts';
import { changePassword } from './session-api.ts';

// The server's rule (contracts' passwordSchema), checked here first to answer without a round trip.
export const minimumPasswordLength = 12;

type Field = 'currentPassword' | 'newPassword' | 'confirmation';

export function ChangePasswordForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const { fieldErrors } = useErrorText();
  const [values, setValues] = useState<Record<Field, string>>({
    currentPassword: '',
    newPassword: '',
    confirmation: '',
  });
  const [problems, setProblems] = useState<Partial<Record<Field, string>>>({});
  const mutation = useMutation({ mutationFn: changePassword });

  // A wrong current password is this form's own mistake, said beside the field rather than as a sign-in failure.
  const isWrongCurrent = mutation.error instanceof ApiError && mutation.error.problem?.code === 'invalid_credentials';
  const errors: Partial<Record<Field, string>> = {
    ...fieldErrors(mutation.error),
    ...(isWrongCurrent ? { currentPassword: t('session.password.wrongCurrent') } : {}),
    ...problems,
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    if (!values.currentPassword) found.currentPassword = t('fieldErrors.required');
    if (values.newPassword.length < minimumPasswordLength) found.newPassword = t('session.password.tooShort');
    else if (values.newPassword !== values.confirmation) found.confirmation = t('session.password.mismatch');
    setProblems(found);
    if (Object.keys(found).length === 0) {
      mutation.mutate({ currentPassword: values.currentPassword, newPassword: values.newPassword });
    }
  };

  if (mutation.isSuccess) {
    return (
      <Stack gap="md">
        <Alert color="teal" variant="light">
          {t('session.password.changed')}
        </Alert>
        <Group justify="flex-end">
          <Button onClick={onDone}>{t('common.close')}</Button>
        </Group>
      </Stack>
    );
  }

  const input = (field: Field, autoComplete: string, description?: string) => (
    <PasswordInput
      label={t(`session.password.${field}`)}
      description={description}
      autoComplete={autoComplete}
      value={values[field]}
      onChange={(event) => {
        const { value } = event.currentTarget;
        setValues((current) => ({ ...current, [field]: value }));
        setProblems(({ [field]: _, ...rest }) => rest);
      }}
      error={errors[field]}
      visibilityToggleButtonProps={{ 'aria-label': t('session.showPassword') }}
    />
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {!isWrongCurrent && <ProblemAlert error={mutation.error} fields={['currentPassword', 'newPassword']} />}
        {input('currentPassword', 'current-password')}
        {input('newPassword', 'new-password', t('session.password.hint'))}
        {input('confirmation', 'new-password')}
        <FormActions submitLabel={t('session.password.submit')} isSubmitting={mutation.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}
