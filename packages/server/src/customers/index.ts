// The customers context as the app and the other contexts see it: its routes, its commands (for
// the console, jobs, imports and the demo seeding to run through the command runner) and the
// functions that work on a caller's transaction. Each part's index.ts says what that part opens;
// inside the context, the parts use each other's files and tables freely.
export { type AccountByNumber, accountsByNumber } from './accounts/accounts-by-number.ts';
export * from './accounts/index.ts';
export { type SuppliedAccount, suppliedAccounts } from './accounts/supplied-accounts.ts';
export { type AccountStated, upsertAccounts } from './accounts/upsert-accounts.ts';
export { agreementsAtServicePoints } from './agreements/agreements-at-service-points.ts';
export * from './agreements/index.ts';
export { startAgreementsInBulk } from './agreements/start-agreements-in-bulk.ts';
export * from './custom-fields/index.ts';
export * from './overview/index.ts';
export * from './parties/index.ts';
export { partiesByReference } from './parties/parties-by-reference.ts';
export { type PartyField, type PartyStated, upsertParties } from './parties/upsert-parties.ts';
export { addServicePointsInBulk } from './premises/add-service-points-in-bulk.ts';
export * from './premises/index.ts';
export { premisesByReference } from './premises/premises-by-reference.ts';
export { servicePointsAtPremises } from './premises/service-points-at-premises.ts';
export { type PremiseField, type PremiseStated, upsertPremises } from './premises/upsert-premises.ts';
export * from './search/index.ts';
