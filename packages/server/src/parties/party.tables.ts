import type { ColumnType, Selectable } from 'kysely';

export interface PartyTable {
  tenantId: ColumnType<string, string, never>;
  id: ColumnType<string, string, never>;
  kind: ColumnType<'person' | 'organisation', 'person' | 'organisation', never>;
  displayName: string;
  givenName: string | null;
  middleName: string | null;
  familyName: string | null;
  organisationName: string | null;
  registrationNumber: string | null;
  email: string | null;
  phone: string | null;
  preferredLocale: string | null;
  createdAt: ColumnType<Date, Date, never>;
  updatedAt: Date;
}

export interface PartyTables {
  party: PartyTable;
}

export type PartyRow = Selectable<PartyTable>;
