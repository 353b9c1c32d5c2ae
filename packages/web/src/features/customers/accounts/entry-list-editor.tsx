import { Button, Group, NativeSelect, ScrollArea, Stack, Table, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/api-error.ts';
import { DateField } from '../../../ui/date-field.tsx';
import { ProblemAlert } from '../../../ui/problem-alert.tsx';
import { useErrorText } from '../../../ui/use-error-text.ts';

/** One editable row: the stored entry's id (none for a new row) and its fields as typed text. */
export type Draft = { id?: string; values: Record<string, string> };

export type EntryField = {
  name: string;
  label: string;
  kind: 'text' | 'date' | 'select';
  /** Choices of a select; a blank first choice stands for "none" unless the field is required. */
  options?: readonly { value: string; label: string }[];
  isRequired?: boolean;
};

/**
 * Edits a list the API reads and sets whole (identity documents, contacts, household persons,
 * protection periods, benefits): rows are added and removed here, then saved at once. Rows keep
 * their id, so the server changes those entries in place instead of replacing them.
 */
export function EntryListEditor<Item extends { id: string }>({
  label,
  queryKey,
  load,
  save,
  fields,
  toDraft,
  emptyValues,
  canEdit,
}: {
  label: string;
  queryKey: readonly unknown[];
  load: (signal: AbortSignal) => Promise<{ items: Item[] }>;
  save: (drafts: Draft[]) => Promise<{ items: Item[] }>;
  fields: readonly EntryField[];
  toDraft: (item: Item) => Draft;
  emptyValues: Record<string, string>;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const { fieldMessage } = useErrorText();
  const queryClient = useQueryClient();
  const stored = useQuery({ queryKey, queryFn: ({ signal }) => load(signal) });
  const [drafts, setDrafts] = useState<Draft[]>([]);
  const [isLoaded, setIsLoaded] = useState(false);
  const [isSaved, setIsSaved] = useState(false);

  // The stored list fills the rows once; later refetches never overwrite rows being edited.
  useEffect(() => {
    if (stored.data && !isLoaded) {
      setDrafts(stored.data.items.map(toDraft));
      setIsLoaded(true);
    }
  }, [stored.data, toDraft, isLoaded]);

  const mutation = useMutation({
    mutationFn: save,
    onSuccess: (saved) => {
      queryClient.setQueryData(queryKey, saved);
      // Saved rows come back with their ids, so the next save changes them rather than adding them again.
      setDrafts(saved.items.map(toDraft));
      setIsSaved(true);
    },
  });

  // Field errors come back as body.items.<row>.<field>; they are shown in the cell they are about.
  const cellErrors = new Map<string, string>();
  if (mutation.error instanceof ApiError) {
    for (const fieldError of mutation.error.fieldErrors) {
      const match = /^body\.items\.(\d+)\.(\w+)/.exec(fieldError.path);
      if (match) cellErrors.set(`${match[1]}.${match[2]}`, fieldMessage(fieldError));
    }
  }

  const change = (row: number, name: string, value: string) => {
    setIsSaved(false);
    setDrafts((current) =>
      current.map((draft, index) => (index === row ? { ...draft, values: { ...draft.values, [name]: value } } : draft)),
    );
  };

  const cell = (field: EntryField, draft: Draft, row: number) => {
    const common = {
      'aria-label': `${field.label} ${row + 1}`,
      size: 'xs' as const,
      value: draft.values[field.name] ?? '',
      error: cellErrors.get(`${row}.${field.name}`),
      disabled: !canEdit,
    };
    if (field.kind === 'select') {
      const options = field.options ?? [];
      return (
        <NativeSelect
          {...common}
          data={field.isRequired ? [...options] : [{ value: '', label: '—' }, ...options]}
          onChange={(event) => change(row, field.name, event.currentTarget.value)}
        />
      );
    }
    if (field.kind === 'date') {
      return <DateField {...common} onChange={(value) => change(row, field.name, value)} />;
    }
    return <TextInput {...common} onChange={(event) => change(row, field.name, event.currentTarget.value)} />;
  };

  return (
    <Stack gap="sm">
      <ProblemAlert error={mutation.error ?? stored.error} fields={['items']} />
      {drafts.length === 0 ? (
        <Text size="sm" c="dimmed">
          {stored.isPending ? t('common.loading') : t('partyAccountDetails.list.empty')}
        </Text>
      ) : (
        <ScrollArea>
          <Table aria-label={label} miw={fields.length * 150}>
            <Table.Thead>
              <Table.Tr>
                {fields.map((field) => (
                  <Table.Th key={field.name}>{field.label}</Table.Th>
                ))}
                {canEdit && <Table.Th />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {drafts.map((draft, row) => (
                // A new row has no id yet; its position is its identity until it is saved.
                <Table.Tr key={draft.id ?? `new-${row}`}>
                  {fields.map((field) => (
                    <Table.Td key={field.name}>{cell(field, draft, row)}</Table.Td>
                  ))}
                  {canEdit && (
                    <Table.Td>
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color="red"
                        onClick={() => {
                          setIsSaved(false);
                          setDrafts((current) => current.filter((_, index) => index !== row));
                        }}
                      >
                        {t('partyAccountDetails.list.remove')}
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea>
      )}
      {canEdit && (
        <Group justify="space-between">
          <Button
            variant="default"
            size="xs"
            disabled={!isLoaded}
            onClick={() => {
              setIsSaved(false);
              setDrafts((current) => [...current, { values: { ...emptyValues } }]);
            }}
          >
            {t('partyAccountDetails.list.add')}
          </Button>
          <Group gap="sm">
            {isSaved && (
              <Text size="sm" c="teal">
                {t('partyAccountDetails.list.saved')}
              </Text>
            )}
            <Button size="xs" disabled={!isLoaded} loading={mutation.isPending} onClick={() => mutation.mutate(drafts)}>
              {t('partyAccountDetails.list.save')}
            </Button>
          </Group>
        </Group>
      )}
    </Stack>
  );
}

/** A typed value, or null for a blank cell: the API takes null for "none". */
export const valueOrNull = (text: string | undefined) => text?.trim() || null;
