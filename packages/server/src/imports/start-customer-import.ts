import type { CustomerImportReport, ImportFormat } from '@utilis/contracts';
import { ok } from '@utilis/domain';
import { defineCommand } from '../commands/index.ts';
import type { ImportRunRow } from './import.tables.ts';
import { toImportReport } from './import-report-dto.ts';
import { insertRun, selectUnfinishedRun } from './import-run.sql.ts';

export interface StartCustomerImport {
  readonly fileName: string;
  readonly format: ImportFormat;
  /** Hex SHA-256 of the file's bytes: the same file resumes the run it left unfinished. */
  readonly fileSha256: string;
}

/**
 * Opens the run of a customer file import, or takes up the unfinished run of the same file (same
 * bytes) after its last committed line. Its batches are `commitCustomerBatch` commands.
 */
export const startCustomerImport = defineCommand<StartCustomerImport, ImportRunRow, never>({
  name: 'import.customers',
  entity: 'import_run',
  permission: 'accounts.edit',
  execute: async ({ trx, tenant, now, newId }, { fileName, format, fileSha256 }) => {
    const unfinished = await selectUnfinishedRun(trx, { tenantId: tenant.id, fileSha256 });
    if (unfinished) return ok(unfinished);
    const startedAt = new Date(now().epochMilliseconds);
    return ok(await insertRun(trx, { tenantId: tenant.id, id: newId(), fileName, fileSha256, format, startedAt }));
  },
  audited: (run): Omit<CustomerImportReport, 'rejectedRows'> => {
    const { rejectedRows: _none, ...report } = toImportReport(run, []);
    return report;
  },
});
