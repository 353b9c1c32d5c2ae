import pg from 'pg';

/**
 * One set of text parsers for both drivers, keyed by PostgreSQL type oid, so PGlite and
 * node-postgres hand back identical rows: money-sized integers stay exact, decimals stay
 * strings until decimal code reads them, and calendar dates never pass through a time zone.
 */
export const typeOids = {
  int8: 20,
  date: 1082,
  timestamp: 1114,
  timestamptz: 1184,
  numeric: 1700,
} as const;

// node-postgres' own timestamp parser (postgres-date), handed to PGlite too.
const parseTimestamp = pg.types.getTypeParser(1184, 'text');
const parseInstant = (text: string): Date => {
  const parsed: unknown = parseTimestamp(text);
  if (!(parsed instanceof Date)) throw new Error(`Unsupported timestamp value ${text}`);
  return parsed;
};

export const typeParsers: Record<number, (text: string) => unknown> = {
  [typeOids.int8]: (text) => BigInt(text),
  [typeOids.numeric]: (text) => text,
  [typeOids.date]: (text) => text,
  [typeOids.timestamp]: parseInstant,
  [typeOids.timestamptz]: parseInstant,
};
