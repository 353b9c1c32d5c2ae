export {
  type CustomerColumn,
  customerColumns,
  importMeterKinds,
  importServiceKinds,
  requiredCustomerColumns,
} from './customer-columns.ts';
export { type CustomerFileConsistency, customerFileConsistency } from './customer-file-consistency.ts';
export type { CustomerCells, CustomerRow, CustomerRowCheck } from './customer-row.ts';
export { type CustomerRowError, type CustomerRowErrorCode, customerRowErrorCodes } from './customer-row-error.ts';
export {
  type AcceptedCustomerRow,
  type CustomerRowsDecision,
  decideCustomerRows,
  type ImportingTenant,
  type StoredAccount,
  type StoredCustomers,
  type StoredMeter,
  servicePointKey,
} from './decide-customer-rows.ts';
export { validateCustomerRow } from './validate-customer-row.ts';
