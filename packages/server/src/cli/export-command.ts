import { writeFile } from 'node:fs/promises';
import { importFormatSchema } from '@utilis/contracts';
import { Command } from 'commander';
import { configFromEnvironment } from '../config.ts';
import { openDatabase, withTenant } from '../db/index.ts';
import { exportCustomers } from '../imports/index.ts';
import { tenantNamed } from './tenant-named.ts';

/** `utilis export customers --tenant CODE --format csv|xlsx --out FILE`: the import layout, ready to edit and import back. */
export function exportCommand(): Command {
  const command = new Command('export').description('export data files');
  command
    .command('customers')
    .description('write a tenant’s customers as CSV or XLSX in the import layout (docs/import.md)')
    .requiredOption('--tenant <code>', 'the code of the tenant to export')
    .option('--format <format>', 'csv or xlsx', 'csv')
    .requiredOption('--out <file>', 'the file to write')
    .action(async (options: { tenant: string; format: string; out: string }) => {
      const format = importFormatSchema.safeParse(options.format);
      if (!format.success) command.error('--format must be csv or xlsx');
      const database = await openDatabase(configFromEnvironment().database);
      try {
        const tenant = await tenantNamed(database.db, options.tenant);
        if (!tenant) {
          console.error(`No tenant has the code ${options.tenant}`);
          process.exitCode = 1;
          return;
        }
        const bytes = await withTenant(database.db, tenant.id, (trx) =>
          exportCustomers(trx, { tenantId: tenant.id, format: format.data ?? 'csv', branches: null }),
        );
        await writeFile(options.out, bytes);
        console.info(`Wrote ${options.out}`);
      } finally {
        await database.close();
      }
    });
  return command;
}
