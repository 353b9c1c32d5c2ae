import type { IdentityDocument, Party, PartyContact } from '@utilis/contracts';
import type { PartyContactRow, PartyIdentityDocumentRow, PartyRow } from './party.tables.ts';

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

export const toIdentityDocument = (row: PartyIdentityDocumentRow): IdentityDocument => ({
  id: row.id,
  kind: row.kind,
  number: row.number,
  issuingCountry: row.issuingCountry,
  issuedOn: row.issuedOn,
  validUntil: row.validUntil,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

/** Consent is in force from the day given until the day withdrawn. */
const consent = (givenOn: string | null, withdrawnOn: string | null) => ({
  given: givenOn !== null && withdrawnOn === null,
  givenOn,
  withdrawnOn,
});

export const toPartyContact = (row: PartyContactRow): PartyContact => ({
  id: row.id,
  channel: row.channel,
  value: row.value,
  serviceNotices: consent(row.serviceConsentGivenOn, row.serviceConsentWithdrawnOn),
  marketing: consent(row.marketingConsentGivenOn, row.marketingConsentWithdrawnOn),
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

/** A party's list as the API sends it, and as the audit trail keeps it. */
export const listOf = <Row, Item>(rows: readonly Row[], toItem: (row: Row) => Item): { items: Item[] } => ({
  items: rows.map(toItem),
});
