import {
  Alert,
  Box,
  Button,
  Container,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from '../../app/language-switcher.tsx';
import { navigate } from '../../app/router.ts';
import { LogoMark } from '../../ui/icons.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useErrorText } from '../../ui/use-error-text.ts';
import { forgetOtherQueries, logIn, type SessionState, sessionKeys } from './session-api.ts';

const loginPath = '/login';

/** Only a path of this app: a `next` pointing elsewhere would make the login page an open redirect. */
const nextPath = () => {
  const next = new URLSearchParams(window.location.search).get('next');
  return next?.startsWith('/') && !next.startsWith('//') && !next.startsWith(loginPath) ? next : '/';
};

export function LoginPage({ hasExpired }: { hasExpired: boolean }) {
  const { t } = useTranslation();
  const { fieldErrors } = useErrorText();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<{ email?: string; password?: string }>({});

  // The address says where the person was going, so signing in takes them back there.
  useEffect(() => {
    const { pathname, search } = window.location;
    if (pathname === loginPath) return;
    const next = `${pathname}${search}`;
    navigate(next === '/' ? loginPath : `${loginPath}?next=${encodeURIComponent(next)}`, { replace: true });
  }, []);

  const mutation = useMutation({
    mutationFn: logIn,
    onSuccess: (session) => {
      forgetOtherQueries(queryClient);
      queryClient.setQueryData<SessionState>(sessionKeys.current, { session, hasExpired: false });
      navigate(nextPath(), { replace: true });
    },
  });

  const errors = { ...fieldErrors(mutation.error), ...missing };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const blank = {
      ...(email.trim() ? {} : { email: t('fieldErrors.required') }),
      ...(password ? {} : { password: t('fieldErrors.required') }),
    };
    setMissing(blank);
    if (Object.keys(blank).length === 0) mutation.mutate({ email: email.trim(), password });
  };

  return (
    <Box mih="100vh" bg="var(--mantine-color-gray-0)" pos="relative">
      <Group justify="flex-end" p="md">
        <LanguageSwitcher />
      </Group>
      <Container size={440} pt={{ base: 'md', sm: 48 }} pb="xl">
        <Stack align="center" gap={6} mb="xl">
          <LogoMark size={48} />
          <Title order={1} size="h2" mt="xs">
            {t('app.name')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('app.tagline')}
          </Text>
        </Stack>
        <Paper withBorder shadow="sm" p="xl">
          <form onSubmit={submit} noValidate aria-labelledby="sign-in-title">
            <Stack gap="md">
              <Stack gap={4}>
                <Title order={2} size="h3" id="sign-in-title">
                  {t('session.signIn.title')}
                </Title>
                <Text size="sm" c="dimmed">
                  {t('session.signIn.subtitle')}
                </Text>
              </Stack>
              {hasExpired && !mutation.error && (
                <Alert color="yellow" variant="light">
                  {t('errors.session_expired')}
                </Alert>
              )}
              <ProblemAlert error={mutation.error} fields={['email', 'password']} />
              <TextInput
                label={t('session.signIn.email')}
                type="email"
                autoComplete="username"
                value={email}
                onChange={(event) => {
                  setEmail(event.currentTarget.value);
                  setMissing(({ email: _, ...rest }) => rest);
                }}
                error={errors.email}
                data-autofocus
                autoFocus
              />
              <PasswordInput
                label={t('session.signIn.password')}
                autoComplete="current-password"
                visibilityToggleButtonProps={{ 'aria-label': t('session.showPassword') }}
                value={password}
                onChange={(event) => {
                  setPassword(event.currentTarget.value);
                  setMissing(({ password: _, ...rest }) => rest);
                }}
                error={errors.password}
              />
              <Button type="submit" loading={mutation.isPending} fullWidth mt="xs">
                {t('session.signIn.submit')}
              </Button>
            </Stack>
          </form>
        </Paper>
      </Container>
    </Box>
  );
}
