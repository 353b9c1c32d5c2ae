export { type CommittedBatch, type CustomerBatch, commitCustomerBatch } from './commit-customer-batch.ts';
export { exportCustomers } from './export-customers.ts';
export { findImportReport } from './find-import-report.ts';
export {
  defaultBatchSize,
  type ImportCustomersError,
  type ImportCustomersInput,
  importCustomers,
} from './import-customers.ts';
export { importRoutes } from './imports.routes.ts';
export { rejectedRowsFile } from './rejected-rows-file.ts';
export { type StartCustomerImport, startCustomerImport } from './start-customer-import.ts';
