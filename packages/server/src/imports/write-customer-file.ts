import { PassThrough } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import type { ImportFormat } from '@utilis/contracts';
import { customerColumns } from '@utilis/domain';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';

/**
 * Writes rows of the customer layout, header first. XLSX cells are all text, so account numbers
 * keep their leading zeros and readings their exact decimals when the file comes back.
 */
export async function writeCustomerFile(
  rows: readonly (readonly string[])[],
  format: ImportFormat,
): Promise<Uint8Array> {
  if (format === 'csv') {
    return Buffer.from(stringify([[...customerColumns], ...rows.map((row) => [...row])], { record_delimiter: 'unix' }));
  }
  const stream = new PassThrough();
  const collected = buffer(stream);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: false, useStyles: false });
  const sheet = workbook.addWorksheet('customers');
  sheet.addRow([...customerColumns]).commit();
  for (const row of rows) sheet.addRow([...row]).commit();
  sheet.commit();
  await workbook.commit();
  return collected;
}
