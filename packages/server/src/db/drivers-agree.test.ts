import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { type DatabaseConnection, openDatabase } from './open-database.ts';

const probe = sql`
  select 9007199254740993::int8 as big, -42::int8 as negative,
         12345678901234567890.123456789::numeric as amount, 0.10::numeric(12, 2) as price,
         '2024-02-29'::date as leap_day, '0001-01-01'::date as first_day,
         '2026-11-23 18:00:00.123456+03'::timestamptz as instant,
         7::int4 as small, true as flag, '{"a": [1, 2]}'::jsonb as document, 'Ünïcödé 水费'::text as label`;

const rowsOf = async (connection: DatabaseConnection) => (await probe.execute(connection.db)).rows;

describe('database drivers', () => {
  it('parse int8 as bigint, numeric as string and date as YYYY-MM-DD on PGlite', async () => {
    const pglite = await openDatabase({ backend: 'pglite', dataDir: undefined });
    await pglite.migrateToLatest();
    try {
      expect(await rowsOf(pglite)).toEqual([
        {
          big: 9007199254740993n,
          negative: -42n,
          amount: '12345678901234567890.123456789',
          price: '0.10',
          leapDay: '2024-02-29',
          firstDay: '0001-01-01',
          instant: new Date('2026-11-23T15:00:00.123Z'),
          small: 7,
          flag: true,
          document: { a: [1, 2] },
          label: 'Ünïcödé 水费',
        },
      ]);
    } finally {
      await pglite.close();
    }
  });

  it.skipIf(!process.env.DATABASE_URL)('return identical rows on PGlite and PostgreSQL', async () => {
    const pglite = await openDatabase({ backend: 'pglite', dataDir: undefined });
    await pglite.migrateToLatest();
    const postgres = await openDatabase({ backend: 'postgres', url: process.env.DATABASE_URL ?? '' });
    try {
      expect(await rowsOf(postgres)).toEqual(await rowsOf(pglite));
    } finally {
      await Promise.all([pglite.close(), postgres.close()]);
    }
  });
});
