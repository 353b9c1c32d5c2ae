import type { Premise, PremiseWithServicePoints, ServicePoint } from '@utilis/contracts';
import type { PremiseRow, ServicePointRow } from './premise.tables.ts';

export const toPremise = (row: PremiseRow): Premise => ({
  id: row.id,
  tenantId: row.tenantId,
  parentPremiseId: row.parentPremiseId,
  reference: row.reference,
  addressLine1: row.addressLine1,
  addressLine2: row.addressLine2,
  city: row.city,
  postalCode: row.postalCode,
  country: row.country,
  latitude: row.latitude,
  longitude: row.longitude,
  areaM2: row.areaM2,
  rooms: row.rooms,
  occupants: row.occupants,
  districtMeteredAreaCode: row.districtMeteredAreaCode,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

export const toServicePoint = (row: ServicePointRow): ServicePoint => ({
  id: row.id,
  tenantId: row.tenantId,
  premiseId: row.premiseId,
  kind: row.kind,
  createdAt: row.createdAt.toISOString(),
});

/** A premise with its service points, as stored. */
export interface StoredPremise {
  readonly premise: PremiseRow;
  readonly servicePoints: readonly ServicePointRow[];
}

export const toPremiseWithServicePoints = ({ premise, servicePoints }: StoredPremise): PremiseWithServicePoints => ({
  ...toPremise(premise),
  servicePoints: servicePoints.map(toServicePoint),
});

/** A premise just recorded: no service point yet. */
export const toNewPremise = (premise: PremiseRow): PremiseWithServicePoints =>
  toPremiseWithServicePoints({ premise, servicePoints: [] });
