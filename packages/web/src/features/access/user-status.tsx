import { Badge, Group } from '@mantine/core';
import type { User } from '@utilis/contracts';
import { useTranslation } from 'react-i18next';

export function UserStatus({ user }: { user: Pick<User, 'isActive' | 'isLocked'> }) {
  const { t } = useTranslation();
  return (
    <Group gap={6} wrap="nowrap">
      <Badge variant="light" color={user.isActive ? 'teal' : 'gray'}>
        {user.isActive ? t('users.statuses.active') : t('users.statuses.inactive')}
      </Badge>
      {user.isLocked && (
        <Badge variant="light" color="orange">
          {t('users.statuses.locked')}
        </Badge>
      )}
    </Group>
  );
}
