import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Shown in place of a page the user's roles do not open, here or in the selected tenant. */
export function NoAccessNotice() {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="xl" maw={560}>
      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('noAccess.title')}
        </Title>
        <Text c="dimmed">{t('noAccess.body')}</Text>
      </Stack>
    </Paper>
  );
}
