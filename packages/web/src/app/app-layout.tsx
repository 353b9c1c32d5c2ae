import { AppShell, Box, Burger, Group, NavLink, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { GlobalSearchBox } from '../features/customers/search/index.ts';
import { UserMenu, useAccess } from '../features/session/index.ts';
import { TenantSwitcher, useCurrentTenant } from '../features/tenants/index.ts';
import { LogoMark } from '../ui/icons.tsx';
import { NoAccessNotice } from '../ui/no-access-notice.tsx';
import { LanguageSwitcher } from './language-switcher.tsx';
import { navigate, usePath } from './router.ts';
import { type Route, routeAt, routes } from './routes.ts';

export function AppLayout() {
  const { t } = useTranslation();
  const [isNavbarOpen, navbar] = useDisclosure(false);
  const access = useAccess();
  const { tenant } = useCurrentTenant();
  const path = usePath();
  const allowed = routes.filter((route) => route.isAllowed(access, tenant));
  const requested = routeAt(path);
  const home = allowed[0];

  // The root, the login page once signed in, and unknown paths all land on the first page the user may open.
  useEffect(() => {
    if (!requested && home) navigate(home.path, { replace: true });
  }, [requested, home]);

  const current = requested ?? home;
  const Page = current && allowed.includes(current) ? current.Page : NoAccessNotice;

  const link = (route: Route) => (
    <NavLink
      key={route.path}
      component="a"
      href={route.path}
      label={t(route.label)}
      leftSection={<route.Icon />}
      active={route === current}
      aria-current={route === current ? 'page' : undefined}
      fw={500}
      style={{ borderRadius: 'var(--mantine-radius-md)' }}
      onClick={(event) => {
        if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        navigate(route.path);
        navbar.close();
      }}
    />
  );
  const work = allowed.filter((route) => route.section === 'work');
  const administration = allowed.filter((route) => route.section === 'administration');

  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 232, breakpoint: 'sm', collapsed: { mobile: !isNavbarOpen } }}
      padding={{ base: 'md', sm: 'xl' }}
      bg="var(--mantine-color-gray-0)"
    >
      <AppShell.Header px="md">
        <Group h="100%" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={isNavbarOpen}
              onClick={navbar.toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('app.toggleNavigation')}
            />
            <Box visibleFrom="xs" h={30}>
              <LogoMark />
            </Box>
            {/* On a phone the tenant, the language and the user's menu need the room. */}
            <Stack gap={0} visibleFrom="xs">
              <Title order={1} size="h4" lh={1.2}>
                {t('app.name')}
              </Title>
              <Text size="xs" c="dimmed" visibleFrom="lg">
                {t('app.tagline')}
              </Text>
            </Stack>
          </Group>
          <GlobalSearchBox />
          <Group gap="sm" wrap="nowrap">
            <TenantSwitcher
              onSwitch={() => {
                // One customer's or meter's page belongs to the tenant left: its list in the new one is shown instead.
                if (current?.section === 'detail') navigate(`/${current.path.split('/')[1] ?? ''}`);
              }}
            />
            <LanguageSwitcher />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" component="nav" aria-label={t('app.navigation')}>
        {work.map(link)}
        {administration.length > 0 && (
          <Text size="xs" fw={600} c="dimmed" tt="uppercase" px="sm" pt="md" pb={6}>
            {t('nav.administration')}
          </Text>
        )}
        {administration.map(link)}
      </AppShell.Navbar>
      <AppShell.Main>
        <Page />
      </AppShell.Main>
    </AppShell>
  );
}
