import { ProblemError } from './problem-error.ts';

/** Opaque keyset cursors: clients pass them back untouched and never build them. */
export const encodeCursor = (key: string): string => Buffer.from(key, 'utf8').toString('base64url');

export function decodeCursor(cursor: string | undefined, isValid: (key: string) => boolean): string | undefined {
  if (cursor === undefined) return undefined;
  const key = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!isValid(key)) {
    throw new ProblemError('validation_failed', undefined, [
      { path: 'query.cursor', code: 'invalid_cursor', message: 'Pass back the nextCursor of a previous page' },
    ]);
  }
  return key;
}

/** One page from limit + 1 fetched rows: the extra row only says there is a next page. */
export function pageFrom<Row, Item>(
  rows: Row[],
  { limit, toItem, keyOf }: { limit: number; toItem: (row: Row) => Item; keyOf: (row: Row) => string },
): { items: Item[]; nextCursor: string | null } {
  const pageRows = rows.slice(0, limit);
  const last = pageRows.at(-1);
  return {
    items: pageRows.map(toItem),
    nextCursor: rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null,
  };
}

/** Escapes LIKE wildcards so a search for "50%" finds the text "50%". */
export const containsPattern = (text: string): string => `%${text.replace(/[\\%_]/g, '\\$&')}%`;
