import { Button, Group, PasswordInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { generatePassword } from './generate-password.ts';

/** A new password an administrator types or generates; a generated one is shown so it can be handed over. */
export function PasswordField({
  label,
  value,
  onChange,
  error,
}: {
  label: string;
  value: string;
  onChange: (password: string) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const [isVisible, setIsVisible] = useState(false);
  return (
    <Group align="flex-start" gap="xs" wrap="nowrap">
      <PasswordInput
        label={label}
        description={t('session.password.hint')}
        withAsterisk
        autoComplete="new-password"
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
        error={error}
        visible={isVisible}
        onVisibilityChange={setIsVisible}
        visibilityToggleButtonProps={{ 'aria-label': t('session.showPassword') }}
        style={{ flex: 1 }}
      />
      <Button
        variant="default"
        mt={25}
        onClick={() => {
          onChange(generatePassword());
          setIsVisible(true);
        }}
      >
        {t('users.generatePassword')}
      </Button>
    </Group>
  );
}
