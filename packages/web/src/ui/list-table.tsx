import { Paper, Table } from '@mantine/core';
import type { ReactNode } from 'react';
import type { PagedList } from '../api/use-paged-list.ts';
import { ListFooter } from './list-footer.tsx';
import { ProblemAlert } from './problem-alert.tsx';
import { TableMessage } from './table-message.tsx';

/** A paged list as a bordered table: its error above, headers, a row per item, loading and empty states, Load more. */
export function ListTable<T extends { id: string }, Column extends string>({
  label,
  minWidth,
  columns,
  columnLabel,
  list,
  emptyMessage,
  summary,
  cells,
}: {
  label: string;
  minWidth: number;
  columns: readonly Column[];
  columnLabel: (column: Column) => string;
  list: PagedList<T>;
  emptyMessage: string;
  summary: (count: number) => string;
  cells: (item: T) => ReactNode;
}) {
  return (
    <>
      <ProblemAlert error={list.error} />
      <Paper withBorder>
        <Table.ScrollContainer minWidth={minWidth}>
          <Table striped highlightOnHover aria-label={label}>
            <Table.Thead>
              <Table.Tr>
                {columns.map((column) => (
                  <Table.Th key={column}>{columnLabel(column)}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.isPending && <TableMessage columns={columns.length} isLoading />}
              {list.isSuccess && list.items.length === 0 && (
                <TableMessage columns={columns.length}>{emptyMessage}</TableMessage>
              )}
              {list.items.map((item) => (
                <Table.Tr key={item.id}>{cells(item)}</Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {list.items.length > 0 && (
          <ListFooter
            summary={summary(list.items.length)}
            hasMore={list.hasMore}
            isLoadingMore={list.isLoadingMore}
            onLoadMore={list.loadMore}
          />
        )}
      </Paper>
    </>
  );
}
