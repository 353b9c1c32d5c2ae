export type { PremiseTables } from './premise.tables.ts';
export { premiseRoutes } from './premises.routes.ts';
