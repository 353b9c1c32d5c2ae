import { customerColumns } from '@utilis/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCustomerFile } from './read-customer-file.ts';
import { writeCustomerFile } from './write-customer-file.ts';

// Whatever text a cell holds (quotes, separators, line breaks, any script, leading zeros), a file
// written in the customer layout reads back cell for cell, in CSV and in XLSX.
const cellText = fc.string({ unit: 'grapheme', maxLength: 12 }).filter((text) => !text.includes('\u0000'));
const fileRows = fc.array(
  fc.array(cellText, { minLength: customerColumns.length, maxLength: customerColumns.length }),
  {
    minLength: 1,
    maxLength: 5,
  },
);

const readBack = async (bytes: Uint8Array, format: 'csv' | 'xlsx') => {
  const file = await readCustomerFile(bytes, format);
  const rows: string[][] = [];
  for await (const row of file.rows) rows.push([...row.cells]);
  return { columns: file.columns, rows };
};

// A row of nothing but empty cells is no row at all, in a spreadsheet as in the layout.
const withContent = (rows: string[][]) => rows.filter((row) => row.some((cell) => cell !== ''));
const padded = (row: string[]) => [...row, ...Array(customerColumns.length - row.length).fill('')];

describe('customer file round trip', () => {
  it('reads back every CSV cell exactly as written', async () => {
    await fc.assert(
      fc.asyncProperty(fileRows, async (rows) => {
        const back = await readBack(await writeCustomerFile(rows, 'csv'), 'csv');
        expect(back.columns).toEqual(customerColumns);
        expect(withContent(back.rows)).toEqual(withContent(rows));
      }),
    );
  });

  it('reads back every XLSX cell exactly as written', async () => {
    await fc.assert(
      fc.asyncProperty(fileRows, async (rows) => {
        const back = await readBack(await writeCustomerFile(rows, 'xlsx'), 'xlsx');
        expect(back.columns).toEqual(customerColumns);
        expect(withContent(back.rows).map(padded)).toEqual(withContent(rows));
      }),
      { numRuns: 25 },
    );
  });
});
