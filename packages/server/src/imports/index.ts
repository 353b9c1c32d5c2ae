export { exportCustomers } from './export-customers.ts';
export { defaultBatchSize, importCustomers } from './import-customers.ts';
export { importRoutes } from './imports.routes.ts';
export { rejectedRowsFile } from './rejected-rows-file.ts';
