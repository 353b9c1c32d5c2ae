export type { AccountTables } from './account.tables.ts';
export { accountRoutes } from './accounts.routes.ts';
export { openAccount } from './open-account.ts';
