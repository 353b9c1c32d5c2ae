export type { AgreementTables } from './agreement.tables.ts';
export { agreementRoutes } from './agreements.routes.ts';
export { recordAgreementChange } from './record-agreement-change.ts';
