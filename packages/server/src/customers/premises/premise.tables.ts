import type { ServiceKind } from '@utilis/contracts';
import type { ColumnType, Selectable } from 'kysely';

export interface PremiseTable {
  tenantId: ColumnType<string, string, never>;
  id: ColumnType<string, string, never>;
  parentPremiseId: string | null;
  reference: string | null;
  addressLine1: string;
  addressLine2: string | null;
  city: string;
  postalCode: string | null;
  country: string;
  // numeric: read back as exact decimal text.
  latitude: string | null;
  longitude: string | null;
  areaM2: string | null;
  rooms: number | null;
  occupants: number | null;
  districtMeteredAreaCode: string | null;
  createdAt: ColumnType<Date, Date, never>;
  updatedAt: Date;
}

export interface ServicePointTable {
  tenantId: ColumnType<string, string, never>;
  id: ColumnType<string, string, never>;
  premiseId: ColumnType<string, string, never>;
  kind: ColumnType<ServiceKind, ServiceKind, never>;
  createdAt: ColumnType<Date, Date, never>;
}

export interface PremiseTables {
  premise: PremiseTable;
  servicePoint: ServicePointTable;
}

export type PremiseRow = Selectable<PremiseTable>;
export type ServicePointRow = Selectable<ServicePointTable>;
