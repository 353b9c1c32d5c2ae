import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function ListFooter({
  summary,
  hasMore,
  isLoadingMore,
  onLoadMore,
}: {
  summary: string;
  hasMore: boolean;
  isLoadingMore: boolean;
  onLoadMore: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" px="md" py="sm">
      <Text size="sm" c="dimmed" aria-live="polite">
        {summary}
      </Text>
      {hasMore && (
        <Button variant="default" size="xs" onClick={onLoadMore} loading={isLoadingMore}>
          {t('common.loadMore')}
        </Button>
      )}
    </Group>
  );
}
