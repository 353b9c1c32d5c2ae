import type { ContactChannel } from '@utilis/contracts';
import type { ColumnType, Selectable } from 'kysely';

export interface PartyTable {
  tenantId: ColumnType<string, string, never>;
  id: ColumnType<string, string, never>;
  kind: ColumnType<'person' | 'organisation', 'person' | 'organisation', never>;
  reference: ColumnType<string | null, string | null | undefined, string | null>;
  displayName: string;
  givenName: string | null;
  middleName: string | null;
  familyName: string | null;
  organisationName: string | null;
  registrationNumber: string | null;
  email: string | null;
  phone: string | null;
  preferredLocale: string | null;
  preferredChannel: ColumnType<ContactChannel | null, ContactChannel | null | undefined, ContactChannel | null>;
  createdAt: ColumnType<Date, Date, never>;
  updatedAt: Date;
}

export interface PartyIdentityDocumentTable {
  tenantId: ColumnType<string, string, never>;
  id: ColumnType<string, string, never>;
  partyId: ColumnType<string, string, never>;
  kind: string;
  number: string;
  issuingCountry: string | null;
  issuedOn: string | null;
  validUntil: string | null;
  createdAt: ColumnType<Date, Date, never>;
  updatedAt: Date;
}

/** Consent to a purpose is in force while its givenOn is set and its withdrawnOn is not. */
export interface PartyContactTable {
  tenantId: ColumnType<string, string, never>;
  id: ColumnType<string, string, never>;
  partyId: ColumnType<string, string, never>;
  channel: ContactChannel;
  value: string;
  serviceConsentGivenOn: string | null;
  serviceConsentWithdrawnOn: string | null;
  marketingConsentGivenOn: string | null;
  marketingConsentWithdrawnOn: string | null;
  createdAt: ColumnType<Date, Date, never>;
  updatedAt: Date;
}

export interface PartyTables {
  party: PartyTable;
  partyIdentityDocument: PartyIdentityDocumentTable;
  partyContact: PartyContactTable;
}

export type PartyRow = Selectable<PartyTable>;
export type PartyIdentityDocumentRow = Selectable<PartyIdentityDocumentTable>;
export type PartyContactRow = Selectable<PartyContactTable>;
