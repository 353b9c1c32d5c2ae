import { readFile, writeFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { CustomerImportReport, ImportFormat } from '@utilis/contracts';
import { Command } from 'commander';
import { Temporal } from 'temporal-polyfill';
import { uuidv7 } from 'uuidv7';
import { systemOrigin } from '../commands/index.ts';
import { configFromEnvironment } from '../config.ts';
import { openDatabase, withTenant } from '../db/index.ts';
import type { UseCaseDeps } from '../deps.ts';
import { importCustomers, rejectedRowsFile } from '../imports/index.ts';
import { type ProgressListener, progressReporter } from './progress-reporter.ts';
import { tenantNamed } from './tenant-named.ts';

export interface CustomerImportOutcome {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly report?: CustomerImportReport;
}

/** The format a file name says: .xlsx is a workbook, anything else is read as CSV. */
export const formatOfFile = (file: string): ImportFormat => (extname(file).toLowerCase() === '.xlsx' ? 'xlsx' : 'csv');

/**
 * `utilis import customers FILE --tenant CODE`: imports the file with a progress line, writes every
 * rejected row to a report file beside it; each committed batch is on the tenant's audit trail.
 */
export async function importCustomersFromConsole(
  deps: UseCaseDeps,
  options: { file: string; tenantCode: string; reportFile?: string; batchSize?: number; onProgress?: ProgressListener },
): Promise<CustomerImportOutcome> {
  const tenant = await tenantNamed(deps.db, options.tenantCode);
  if (!tenant) return { exitCode: 1, stdout: '', stderr: `No tenant has the code ${options.tenantCode}` };
  const format = formatOfFile(options.file);
  // Each batch is a command of the console's, with its own audit event on the tenant's trail.
  const outcome = await importCustomers(
    deps,
    { tenant, origin: systemOrigin('utilis import customers') },
    {
      fileName: basename(options.file),
      format,
      bytes: await readFile(options.file),
      batchSize: options.batchSize,
      onProgress: (done, total) => options.onProgress?.('import customers', done, total),
    },
  );
  if (!outcome.ok) return { exitCode: 1, stdout: '', stderr: `${outcome.code}: ${outcome.detail ?? ''}` };
  const report = outcome.value;
  const lines = [
    `${report.rowsRead} rows read: ${report.rowsCommitted} committed, ${report.rowsRejected} rejected`,
    ...(['parties', 'accounts', 'premises', 'servicePoints', 'meters'] as const).map(
      (kind) => `  ${kind.padEnd(14)} ${report[kind].created} created, ${report[kind].updated} updated`,
    ),
  ];
  if (report.rowsRejected > 0) {
    const reportFile = options.reportFile ?? `${options.file}.rejected.csv`;
    const rejected = await withTenant(deps.db, tenant.id, (trx) =>
      rejectedRowsFile(trx, { tenantId: tenant.id, importId: report.id }),
    );
    await writeFile(reportFile, rejected ?? '');
    lines.push(`Rejected rows, with line and reason: ${reportFile}`);
  }
  return { exitCode: 0, stdout: lines.join('\n'), stderr: '', report };
}

export function importCommand(): Command {
  const command = new Command('import').description('import data files');
  command
    .command('customers')
    .description('import parties, accounts, premises and meters from a CSV or XLSX file (layout: docs/import.md)')
    .argument('<file>', 'the .csv (UTF-8) or .xlsx file')
    .requiredOption('--tenant <code>', 'the code of the tenant to import into')
    .option('--report <file>', 'where to write the rejected rows (default: FILE.rejected.csv)')
    .option('--batch-size <rows>', 'rows per transaction', '1000')
    .action(async (file: string, options: { tenant: string; report?: string; batchSize: string }) => {
      const batchSize = Number.parseInt(options.batchSize, 10);
      if (!Number.isInteger(batchSize) || batchSize < 1) command.error('--batch-size must be a positive whole number');
      const database = await openDatabase(configFromEnvironment().database);
      try {
        await database.migrateToLatest();
        const outcome = await importCustomersFromConsole(
          { db: database.db, now: () => Temporal.Now.instant(), newId: uuidv7 },
          { file, tenantCode: options.tenant, reportFile: options.report, batchSize, onProgress: progressReporter() },
        );
        if (outcome.stdout) console.info(outcome.stdout);
        if (outcome.stderr) console.error(outcome.stderr);
        process.exitCode = outcome.exitCode;
      } finally {
        await database.close();
      }
    });
  return command;
}
