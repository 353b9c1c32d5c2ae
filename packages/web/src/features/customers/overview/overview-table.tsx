import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** One section of the customer page: a heading and a bordered table, or a line saying it is empty. */
export function OverviewTable<Column extends string>({
  title,
  columns,
  columnLabel,
  rows,
  emptyMessage,
  minWidth = 560,
}: {
  title: string;
  columns: readonly Column[];
  columnLabel: (column: Column) => string;
  rows: ReactNode[];
  emptyMessage: string;
  minWidth?: number;
}) {
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {title}
      </Title>
      {rows.length === 0 ? (
        <Text c="dimmed" size="sm">
          {emptyMessage}
        </Text>
      ) : (
        <Paper withBorder>
          <Table.ScrollContainer minWidth={minWidth}>
            <Table striped aria-label={title}>
              <Table.Thead>
                <Table.Tr>
                  {columns.map((column) => (
                    <Table.Th key={column}>{columnLabel(column)}</Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>{rows}</Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
    </Stack>
  );
}
