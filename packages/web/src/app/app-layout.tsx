import { AppShell, Box, Burger, Group, NavLink, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { TenantSwitcher } from '../features/tenants/index.ts';
import { LogoMark } from '../ui/icons.tsx';
import { LanguageSwitcher } from './language-switcher.tsx';
import { navigate, usePath } from './router.ts';
import { routeFor, routes } from './routes.ts';

export function AppLayout() {
  const { t } = useTranslation();
  const [isNavbarOpen, navbar] = useDisclosure(false);
  const current = routeFor(usePath());
  const { Page } = current;

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
            <Stack gap={0}>
              <Title order={1} size="h4" lh={1.2}>
                {t('app.name')}
              </Title>
              <Text size="xs" c="dimmed" visibleFrom="xs">
                {t('app.tagline')}
              </Text>
            </Stack>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <TenantSwitcher />
            <LanguageSwitcher />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" component="nav" aria-label={t('app.navigation')}>
        {routes.map((route) => (
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
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        <Page />
      </AppShell.Main>
    </AppShell>
  );
}
