export { createParty } from './create-party.ts';
export { findParty } from './find-party.ts';
export { partyRoutes } from './parties.routes.ts';
export type { PartyRow, PartyTables } from './party.tables.ts';
export { toParty } from './party-dto.ts';
export { updateParty } from './update-party.ts';
