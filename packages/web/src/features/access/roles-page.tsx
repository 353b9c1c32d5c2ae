import { Badge, Button, Center, Group, Loader, Modal, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { Role } from '@utilis/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListPage } from '../../ui/list-page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { listRoles, roleKeys } from '../session/index.ts';
import { permissionGroups } from './permission-groups.ts';
import { RoleForm } from './role-form.tsx';
import { useAccessLabels } from './use-access-labels.ts';

export function RolesPage() {
  const { t } = useTranslation();
  const roles = useQuery({ queryKey: roleKeys.all, queryFn: ({ signal }) => listRoles(signal) });
  const [editing, setEditing] = useState<Role | null>(null);

  return (
    <ListPage
      title={t('roles.title')}
      description={t('roles.description')}
      creation={{
        label: t('roles.new'),
        formTitle: t('roles.form.title'),
        formSize: 'xl',
        form: (close) => <RoleForm onDone={close} />,
      }}
    >
      <ProblemAlert error={roles.error} />
      {roles.isPending && (
        <Center py="xl">
          <Loader aria-label={t('common.loading')} />
        </Center>
      )}
      <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }}>
        {roles.data?.items.map((role) => (
          <RoleCard key={role.id} role={role} onEdit={() => setEditing(role)} />
        ))}
      </SimpleGrid>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={t('roles.form.editTitle')}
        size="xl"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {editing && <RoleForm role={editing} onDone={() => setEditing(null)} />}
      </Modal>
    </ListPage>
  );
}

function RoleCard({ role, onEdit }: { role: Role; onEdit: () => void }) {
  const { t } = useTranslation();
  const labels = useAccessLabels();
  const held = new Set(role.permissions);
  const groups = permissionGroups
    .map((group) => ({ ...group, permissions: group.permissions.filter((permission) => held.has(permission)) }))
    .filter((group) => group.permissions.length > 0);

  return (
    <Paper withBorder p="lg" component="article" aria-label={labels.role(role)}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={4}>
            <Title order={3} size="h4">
              {labels.role(role)}
            </Title>
            <Group gap={6}>
              <Badge variant="light" color="gray" tt="none" ff="monospace">
                {role.code}
              </Badge>
              <Badge variant="light" color={role.isBuiltIn ? 'blue' : 'grape'}>
                {role.isBuiltIn ? t('roles.builtIn') : t('roles.custom')}
              </Badge>
            </Group>
          </Stack>
          {!role.isBuiltIn && (
            <Button variant="default" size="xs" onClick={onEdit}>
              {t('roles.edit')}
            </Button>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {t('roles.permissionCount', { count: role.permissions.length })}
        </Text>
        <Stack gap={4}>
          {groups.map((group) => (
            <Text key={group.context} size="sm">
              <Text span fw={600}>
                {t('roles.contextLabel', { group: labels.context(group.context) })}
              </Text>{' '}
              {group.permissions.map((permission) => labels.permission(permission)).join(', ')}
            </Text>
          ))}
        </Stack>
      </Stack>
    </Paper>
  );
}
