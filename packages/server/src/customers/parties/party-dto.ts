import type { Party } from '@utilis/contracts';
import type { PartyRow } from './party.tables.ts';

export const toParty = (row: PartyRow): Party => ({
  id: row.id,
  tenantId: row.tenantId,
  kind: row.kind,
  reference: row.reference,
  displayName: row.displayName,
  givenName: row.givenName,
  middleName: row.middleName,
  familyName: row.familyName,
  organisationName: row.organisationName,
  registrationNumber: row.registrationNumber,
  email: row.email,
  phone: row.phone,
  preferredLocale: row.preferredLocale,
  preferredChannel: row.preferredChannel,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});
