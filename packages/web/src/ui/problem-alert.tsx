import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-error.ts';
import { bodyField, useErrorText } from './use-error-text.ts';

/** The request's error in the user's language; field errors shown beside their inputs are left out. */
export function ProblemAlert({ error, fields = [] }: { error: unknown; fields?: readonly string[] }) {
  const { t } = useTranslation();
  const { message, fieldMessage } = useErrorText();
  if (!error) return null;
  const problem = error instanceof ApiError ? error.problem : null;
  const unplaced = (problem?.errors ?? []).filter((fieldError) => {
    const name = bodyField(fieldError.path);
    return !name || !fields.includes(name);
  });
  return (
    <Alert color="red" variant="light" title={message(error)}>
      {unplaced.length > 0 && (
        <List size="sm" spacing={2}>
          {unplaced.map((fieldError) => (
            <List.Item key={`${fieldError.path}:${fieldError.code}`}>
              <Text span ff="monospace" size="xs">
                {fieldError.path}
              </Text>{' '}
              {fieldMessage(fieldError)}
            </List.Item>
          ))}
        </List>
      )}
      {problem?.requestId && (
        <Text size="xs" c="dimmed" mt={unplaced.length > 0 ? 'xs' : 0}>
          {t('problem.reference', { requestId: problem.requestId })}
        </Text>
      )}
    </Alert>
  );
}
