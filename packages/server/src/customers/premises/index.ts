export { addServicePoint } from './add-service-point.ts';
export { createPremise } from './create-premise.ts';
export { lockServicePoint } from './lock-service-point.ts';
export type { PremiseRow, PremiseTables, ServicePointRow } from './premise.tables.ts';
export { premiseRoutes } from './premises.routes.ts';
