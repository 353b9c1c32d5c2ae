import { Center, Loader, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A single full-width row for the loading and empty states, so the headers stay visible. */
export function TableMessage({
  columns,
  isLoading,
  children,
}: {
  columns: number;
  isLoading?: boolean;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Table.Tr>
      <Table.Td colSpan={columns}>
        <Center py="xl">
          {isLoading ? (
            <Loader size="sm" role="status" aria-label={t('common.loading')} />
          ) : (
            <Text c="dimmed" size="sm">
              {children}
            </Text>
          )}
        </Center>
      </Table.Td>
    </Table.Tr>
  );
}
