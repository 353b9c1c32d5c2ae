import { Alert, Button, Divider, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { User } from '@utilis/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/use-formatters.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { minimumPasswordLength, useCurrentSession } from '../session/index.ts';
import { useCurrentTenant } from '../tenants/index.ts';
import { GrantBadge } from './grant-badge.tsx';
import { emptyGrantDraft, GrantFields, missingGrantFields, toNewGrant } from './grant-fields.tsx';
import { PasswordField } from './password-field.tsx';
import { UserStatus } from './user-status.tsx';
import { addGrant, revokeGrant, updateUser, userKeys } from './users-api.ts';

/** One user: their roles to add and revoke, and their sign-in to deactivate, unlock or reset. */
export function UserDetails({ user }: { user: User }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { session } = useCurrentSession();
  const isSelf = session.user.id === user.id;

  return (
    <Stack gap="lg">
      <Stack gap={6}>
        <Text>{user.email}</Text>
        <UserStatus user={user} />
        <Text size="sm" c="dimmed">
          {t('users.details.createdAt', { date: format.dateTime(user.createdAt) })}
        </Text>
      </Stack>
      <Grants user={user} />
      <Divider />
      {isSelf ? (
        <Alert variant="light" color="gray">
          {t('users.details.self')}
        </Alert>
      ) : (
        <SignInActions user={user} />
      )}
    </Stack>
  );
}

function useUserMutation<Variables>(mutationFn: (variables: Variables) => Promise<unknown>, onSuccess?: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: userKeys.all });
      onSuccess?.();
    },
  });
}

function Grants({ user }: { user: User }) {
  const { t } = useTranslation();
  const { tenant } = useCurrentTenant();
  const [draft, setDraft] = useState(() => emptyGrantDraft(tenant?.id));
  const [missing, setMissing] = useState<Partial<Record<string, string>>>({});
  const revoke = useUserMutation(revokeGrant);
  const add = useUserMutation(addGrant, () => setDraft(emptyGrantDraft(tenant?.id)));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const blank = missingGrantFields(draft);
    setMissing(Object.fromEntries(blank.map((field) => [field, t('fieldErrors.required')])));
    if (blank.length === 0) add.mutate({ userId: user.id, body: toNewGrant(draft) });
  };

  return (
    <Stack gap="sm">
      <Title order={3} size="h5">
        {t('users.details.roles')}
      </Title>
      <ProblemAlert error={revoke.error} />
      {user.grants.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('users.details.noRoles')}
        </Text>
      )}
      {user.grants.map((grant) => (
        <Group key={grant.id} justify="space-between" wrap="nowrap" gap="sm">
          <GrantBadge grant={grant} />
          <Button
            size="compact-sm"
            variant="subtle"
            color="red"
            loading={revoke.isPending && revoke.variables?.grantId === grant.id}
            onClick={() => revoke.mutate({ userId: user.id, grantId: grant.id })}
          >
            {t('users.details.revoke')}
          </Button>
        </Group>
      ))}
      <Paper withBorder p="md" mt="xs" bg="var(--mantine-color-gray-0)">
        <form onSubmit={submit} noValidate aria-label={t('users.details.addRole')}>
          <Stack gap="sm">
            <Text fw={600} size="sm">
              {t('users.details.addRole')}
            </Text>
            <ProblemAlert error={add.error} />
            <GrantFields
              value={draft}
              onChange={(next) => {
                setDraft(next);
                setMissing({});
              }}
              errors={missing}
            />
            <Group justify="flex-end">
              <Button type="submit" variant="light" loading={add.isPending}>
                {t('users.details.addRoleSubmit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}

function SignInActions({ user }: { user: User }) {
  const { t } = useTranslation();
  const [isResetting, setIsResetting] = useState(false);
  const [password, setPassword] = useState('');
  const [passwordError, setPasswordError] = useState<string>();
  const [hasReset, setHasReset] = useState(false);
  const update = useUserMutation(updateUser);

  const resetPassword = (event: FormEvent) => {
    event.preventDefault();
    if (password.length < minimumPasswordLength) {
      setPasswordError(t('session.password.tooShort'));
      return;
    }
    update.mutate(
      { userId: user.id, body: { password } },
      {
        onSuccess: () => {
          setIsResetting(false);
          setHasReset(true);
        },
      },
    );
  };

  return (
    <Stack gap="sm">
      <Title order={3} size="h5">
        {t('users.details.signIn')}
      </Title>
      <ProblemAlert error={update.error} />
      {hasReset && (
        <Alert variant="light" color="teal">
          {t('users.details.passwordReset')}
        </Alert>
      )}
      <Group gap="sm">
        <Button
          variant={user.isActive ? 'light' : 'default'}
          color={user.isActive ? 'red' : undefined}
          loading={update.isPending && update.variables?.body.isActive !== undefined}
          onClick={() => update.mutate({ userId: user.id, body: { isActive: !user.isActive } })}
        >
          {user.isActive ? t('users.details.deactivate') : t('users.details.reactivate')}
        </Button>
        {user.isLocked && (
          <Button
            variant="default"
            loading={update.isPending && update.variables?.body.unlock === true}
            onClick={() => update.mutate({ userId: user.id, body: { unlock: true } })}
          >
            {t('users.details.unlock')}
          </Button>
        )}
        {!isResetting && (
          <Button
            variant="default"
            onClick={() => {
              setIsResetting(true);
              setHasReset(false);
            }}
          >
            {t('users.details.resetPassword')}
          </Button>
        )}
      </Group>
      {isResetting && (
        <Paper withBorder p="md" bg="var(--mantine-color-gray-0)">
          <form onSubmit={resetPassword} noValidate>
            <Stack gap="sm">
              <PasswordField
                label={t('users.details.newPassword')}
                value={password}
                onChange={(value) => {
                  setPassword(value);
                  setPasswordError(undefined);
                }}
                error={passwordError}
              />
              <Text size="xs" c="dimmed">
                {t('users.details.resetHint')}
              </Text>
              <Group justify="flex-end" gap="sm">
                <Button variant="default" onClick={() => setIsResetting(false)}>
                  {t('common.cancel')}
                </Button>
                <Button type="submit" loading={update.isPending && update.variables?.body.password !== undefined}>
                  {t('users.details.setPassword')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Paper>
      )}
    </Stack>
  );
}
