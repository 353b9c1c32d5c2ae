import { Readable } from 'node:stream';
import type { ImportFormat } from '@utilis/contracts';
import { type CustomerColumn, customerColumns, requiredCustomerColumns } from '@utilis/domain';
import { CsvError, parse } from 'csv-parse';
import ExcelJS from 'exceljs';

/** One data row of a file: its line (CSV) or row number (XLSX), and its cells in file order. */
export interface FileRow {
  readonly line: number;
  readonly cells: readonly string[];
}

/** Why a whole file is refused, before any row is looked at. */
export class UnreadableFileError extends Error {
  constructor(
    readonly code: 'import_file_unreadable' | 'import_header_invalid',
    detail: string,
  ) {
    super(detail);
  }
}

/** A customer file opened: which layout column each cell position holds, and its data rows. */
export interface CustomerFile {
  readonly columns: readonly CustomerColumn[];
  readonly rows: AsyncIterable<FileRow>;
}

/** Opens a CSV (UTF-8, comma or semicolon) or XLSX (first sheet) customer file and checks its header. */
export async function readCustomerFile(bytes: Uint8Array, format: ImportFormat): Promise<CustomerFile> {
  const source = format === 'csv' ? csvRows(bytes) : xlsxRows(bytes);
  const iterator = source[Symbol.asyncIterator]();
  const first = await nextOrUnreadable(iterator);
  if (first.done) throw new UnreadableFileError('import_file_unreadable', 'The file holds no header row');
  const columns = headerColumns(first.value.cells);
  const rows: AsyncIterable<FileRow> = {
    [Symbol.asyncIterator]: () => ({ next: () => nextOrUnreadable(iterator) }),
  };
  return { columns, rows };
}

function headerColumns(cells: readonly string[]): CustomerColumn[] {
  const known = new Set<string>(customerColumns);
  const names = cells.map((cell) => cell.trim().toLowerCase());
  while (names.length > 0 && names.at(-1) === '') names.pop();
  const unknown = names.filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new UnreadableFileError('import_header_invalid', `Unknown columns: ${unknown.join(', ')}`);
  }
  const twice = names.filter((name, index) => names.indexOf(name) !== index);
  if (twice.length > 0)
    throw new UnreadableFileError('import_header_invalid', `Columns named twice: ${twice.join(', ')}`);
  const missing = requiredCustomerColumns.filter((column) => !names.includes(column));
  if (missing.length > 0) {
    throw new UnreadableFileError('import_header_invalid', `Missing required columns: ${missing.join(', ')}`);
  }
  return names as CustomerColumn[];
}

async function nextOrUnreadable(iterator: AsyncIterator<FileRow>): Promise<IteratorResult<FileRow>> {
  try {
    return await iterator.next();
  } catch (error) {
    if (error instanceof UnreadableFileError) throw error;
    const detail = error instanceof CsvError ? error.message : 'The file is not an XLSX workbook';
    throw new UnreadableFileError('import_file_unreadable', detail);
  }
}

async function* csvRows(bytes: Uint8Array): AsyncGenerator<FileRow> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UnreadableFileError('import_file_unreadable', 'A CSV file must be UTF-8 text');
  }
  const parser = parse(text, {
    bom: true,
    delimiter: delimiterOf(text),
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
  });
  for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    yield { line: info.lines, cells: record };
  }
}

// Spreadsheets set to a European locale save CSV with semicolons; the header tells which.
function delimiterOf(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  return header.includes(';') && !header.includes(',') ? ';' : ',';
}

async function* xlsxRows(bytes: Uint8Array): AsyncGenerator<FileRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes)]), {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    worksheets: 'emit',
    entries: 'emit',
  });
  for await (const sheet of reader) {
    for await (const row of sheet as unknown as AsyncIterable<ExcelJS.Row>) {
      const values = Array.isArray(row.values) ? row.values.slice(1) : [];
      yield { line: row.number, cells: Array.from(values, cellText) };
    }
    // The customer layout is the first sheet; any other sheet (notes, lists) is not read.
    return;
  }
}

/** A cell as the text a person sees: dates as YYYY-MM-DD, numbers as written, formulas by result. */
function cellText(value: ExcelJS.CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
  if ('text' in value) return String(value.text);
  if ('error' in value) return '';
  return '';
}
