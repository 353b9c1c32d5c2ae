import type {
  CreateMeter,
  ExchangeMeter,
  InstallMeter,
  Meter,
  MeterExchange,
  MeterReading,
  MeterStatus,
  MeterWithInstallations,
  Premise,
  PremiseWithServicePoints,
  RemoveMeter,
  ServicePointWithAgreements,
  UpdateMeter,
} from '@utilis/contracts';
import { apiRequest } from '../../api/api-request.ts';
import type { Page } from '../../api/page.ts';

export const meterKeys = {
  ofTenant: (tenantId: string) => ['meters', tenantId] as const,
  list: (tenantId: string, q: string) => ['meters', tenantId, 'list', q] as const,
  choices: (tenantId: string, q: string) => ['meters', tenantId, 'choices', q] as const,
  children: (tenantId: string, meterId: string) => ['meters', tenantId, 'children', meterId] as const,
  detail: (tenantId: string, meterId: string) => ['meters', tenantId, 'detail', meterId] as const,
  readings: (tenantId: string, meterId: string) => ['meters', tenantId, 'readings', meterId] as const,
  premiseChoices: (tenantId: string, q: string) => ['meters', tenantId, 'premise-choices', q] as const,
  premise: (tenantId: string, premiseId: string) => ['meters', tenantId, 'premise', premiseId] as const,
  servicePoint: (tenantId: string, servicePointId: string) =>
    ['meters', tenantId, 'service-point', servicePointId] as const,
};

const tenantPath = (tenantId: string) => `/api/v1/tenants/${encodeURIComponent(tenantId)}`;
const metersPath = (tenantId: string) => `${tenantPath(tenantId)}/meters`;
const meterPath = (tenantId: string, meterId: string) => `${metersPath(tenantId)}/${encodeURIComponent(meterId)}`;

export const listMeters = (
  tenantId: string,
  query: {
    limit?: number;
    cursor?: string;
    q?: string;
    status?: MeterStatus | null;
    servicePointId?: string;
    parentMeterId?: string;
  },
  signal?: AbortSignal,
) => apiRequest<Page<Meter>>(metersPath(tenantId), { query, signal });

export const getMeter = (tenantId: string, meterId: string, signal?: AbortSignal) =>
  apiRequest<MeterWithInstallations>(meterPath(tenantId, meterId), { signal });

export const listMeterReadings = (tenantId: string, meterId: string, signal?: AbortSignal) =>
  apiRequest<{ items: MeterReading[] }>(`${meterPath(tenantId, meterId)}/readings`, { signal });

export const createMeter = ({ tenantId, body }: { tenantId: string; body: CreateMeter }) =>
  apiRequest<MeterWithInstallations>(metersPath(tenantId), { method: 'POST', body });

export const updateMeter = ({ tenantId, meterId, body }: { tenantId: string; meterId: string; body: UpdateMeter }) =>
  apiRequest<MeterWithInstallations>(meterPath(tenantId, meterId), { method: 'PATCH', body });

export const installMeter = ({ tenantId, meterId, body }: { tenantId: string; meterId: string; body: InstallMeter }) =>
  apiRequest<MeterWithInstallations>(`${meterPath(tenantId, meterId)}/install`, { method: 'POST', body });

export const removeMeter = ({ tenantId, meterId, body }: { tenantId: string; meterId: string; body: RemoveMeter }) =>
  apiRequest<MeterWithInstallations>(`${meterPath(tenantId, meterId)}/remove`, { method: 'POST', body });

export const exchangeMeter = ({
  tenantId,
  meterId,
  body,
}: {
  tenantId: string;
  meterId: string;
  body: ExchangeMeter;
}) => apiRequest<MeterExchange>(`${meterPath(tenantId, meterId)}/exchange`, { method: 'POST', body });

// Where a meter goes: premises by address, then one of the premise's service points.
export const listPremiseChoices = (tenantId: string, q: string, signal?: AbortSignal) =>
  apiRequest<Page<Premise>>(`${tenantPath(tenantId)}/premises`, { query: { limit: 20, q }, signal });

export const getPremise = (tenantId: string, premiseId: string, signal?: AbortSignal) =>
  apiRequest<PremiseWithServicePoints>(`${tenantPath(tenantId)}/premises/${encodeURIComponent(premiseId)}`, {
    signal,
  });

export const getServicePoint = (tenantId: string, servicePointId: string, signal?: AbortSignal) =>
  apiRequest<ServicePointWithAgreements>(
    `${tenantPath(tenantId)}/service-points/${encodeURIComponent(servicePointId)}`,
    { signal },
  );
