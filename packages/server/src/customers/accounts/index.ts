export type { AccountTables } from './account.tables.ts';
export { accountFactsAsOf } from './account-facts-as-of.ts';
export { accountRoutes } from './accounts.routes.ts';
export { openAccount } from './open-account.ts';
