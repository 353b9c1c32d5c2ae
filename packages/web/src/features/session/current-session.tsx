import { Button, Center, Loader, Stack } from '@mantine/core';
import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Session } from '@utilis/contracts';
import { createContext, type ReactNode, useContext, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { onSessionEnded, setCsrfToken } from '../../api/api-request.ts';
import { navigate } from '../../app/router.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { type Access, accessOf, needsRoleList } from './access-of.ts';
import { LoginPage } from './login-page.tsx';
import { listRoles, roleKeys } from './roles-api.ts';
import { fetchSession, forgetOtherQueries, logOut, type SessionState, sessionKeys } from './session-api.ts';

type CurrentSession = {
  session: Session;
  access: Access;
  signOut: () => void;
  isSigningOut: boolean;
};

const CurrentSessionContext = createContext<CurrentSession | null>(null);

function endSession(queryClient: QueryClient, { hasExpired }: { hasExpired: boolean }) {
  setCsrfToken(null);
  queryClient.setQueryData<SessionState>(sessionKeys.current, { session: null, hasExpired });
  forgetOtherQueries(queryClient);
}

/**
 * Loads who is signed in and shows the login page while no one is; below it, every page can
 * ask what the user may do. The CSRF token stays in memory, in src/api.
 */
export function CurrentSessionProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: sessionKeys.current,
    queryFn: ({ signal }) => fetchSession(signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const session = query.data?.session ?? null;
  const roles = useQuery({
    queryKey: roleKeys.all,
    queryFn: ({ signal }) => listRoles(signal),
    // Asked only of those it answers: a refusal is still an error in the browser's console.
    enabled: session !== null && needsRoleList(session),
  });
  const access = useMemo(
    () =>
      session &&
      accessOf(session, new Map((roles.data?.items ?? []).map((role) => [role.id, role.permissions] as const))),
    [session, roles.data],
  );
  const signOut = useMutation({
    mutationFn: logOut,
    onSettled: () => {
      endSession(queryClient, { hasExpired: false });
      navigate('/login', { replace: true });
    },
  });

  useEffect(() => onSessionEnded(() => endSession(queryClient, { hasExpired: true })), [queryClient]);

  if (query.isPending) {
    return (
      <Center mih="100vh">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  if (query.isError) {
    return (
      <Center mih="100vh" p="md">
        <Stack maw={480}>
          <ProblemAlert error={query.error} />
          <Button variant="default" onClick={() => void query.refetch()}>
            {t('session.retry')}
          </Button>
        </Stack>
      </Center>
    );
  }
  if (!session || !access) return <LoginPage hasExpired={query.data.hasExpired} />;
  return (
    <CurrentSessionContext
      value={{ session, access, signOut: () => signOut.mutate(), isSigningOut: signOut.isPending }}
    >
      {children}
    </CurrentSessionContext>
  );
}

export function useCurrentSession() {
  const context = useContext(CurrentSessionContext);
  if (!context) throw new Error('useCurrentSession needs a CurrentSessionProvider above it');
  return context;
}

/** What the signed-in user may do: by tenant, anywhere, or deployment-wide. */
export const useAccess = () => useCurrentSession().access;
