import { Avatar, Group, Menu, Modal, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { ChangePasswordForm } from './change-password-form.tsx';
import { useCurrentSession } from './current-session.tsx';

/** The signed-in person in the header: their name, and changing their password or signing out. */
export function UserMenu() {
  const { t } = useTranslation();
  const { session, signOut, isSigningOut } = useCurrentSession();
  const [isPasswordOpen, passwordDialog] = useDisclosure(false);
  const { displayName, email } = session.user;

  return (
    <>
      <Menu position="bottom-end" width={260} shadow="md">
        <Menu.Target>
          <UnstyledButton
            aria-label={t('session.menu', { name: displayName })}
            px={6}
            py={4}
            style={{ borderRadius: 'var(--mantine-radius-md)' }}
          >
            <Group gap={8} wrap="nowrap">
              <Avatar name={displayName} color="initials" size={32} radius="xl" />
              <Text size="sm" fw={500} visibleFrom="md" maw={160} truncate>
                {displayName}
              </Text>
            </Group>
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>
            <Text size="sm" fw={600} c="var(--mantine-color-text)" truncate>
              {displayName}
            </Text>
            <Text size="xs" c="dimmed" truncate>
              {email}
            </Text>
          </Menu.Label>
          <Menu.Divider />
          <Menu.Item onClick={passwordDialog.open}>{t('session.changePassword')}</Menu.Item>
          <Menu.Item color="red" onClick={signOut} disabled={isSigningOut}>
            {t('session.signOut')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal
        opened={isPasswordOpen}
        onClose={passwordDialog.close}
        title={t('session.password.title')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <ChangePasswordForm onDone={passwordDialog.close} />
      </Modal>
    </>
  );
}
