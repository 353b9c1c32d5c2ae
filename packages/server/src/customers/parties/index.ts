export { createParty } from './create-party.ts';
export { findParty } from './find-party.ts';
export { partyRoutes } from './parties.routes.ts';
export type { PartyTables } from './party.tables.ts';
