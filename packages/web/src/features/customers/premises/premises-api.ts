import type {
  CreatePremise,
  CreateServicePoint,
  Premise,
  PremiseWithServicePoints,
  ServicePoint,
  UpdatePremise,
} from '@utilis/contracts';
import { apiRequest } from '../../../api/api-request.ts';
import type { Page } from '../../../api/page.ts';

export const premiseKeys = {
  ofTenant: (tenantId: string) => ['premises', tenantId] as const,
  list: (tenantId: string, q: string) => ['premises', tenantId, 'list', q] as const,
  one: (tenantId: string, premiseId: string) => ['premises', tenantId, 'one', premiseId] as const,
  choices: (tenantId: string, q: string) => ['premises', tenantId, 'choices', q] as const,
};

const premisesPath = (tenantId: string) => `/api/v1/tenants/${encodeURIComponent(tenantId)}/premises`;
const premisePath = (tenantId: string, premiseId: string) =>
  `${premisesPath(tenantId)}/${encodeURIComponent(premiseId)}`;

export const listPremises = (
  tenantId: string,
  query: { limit?: number; cursor?: string; q?: string; parentPremiseId?: string },
  signal?: AbortSignal,
) => apiRequest<Page<Premise>>(premisesPath(tenantId), { query, signal });

export const getPremise = (tenantId: string, premiseId: string, signal?: AbortSignal) =>
  apiRequest<PremiseWithServicePoints>(premisePath(tenantId, premiseId), { signal });

export const createPremise = ({ tenantId, body }: { tenantId: string; body: CreatePremise }) =>
  apiRequest<PremiseWithServicePoints>(premisesPath(tenantId), { method: 'POST', body });

export const updatePremise = ({
  tenantId,
  premiseId,
  body,
}: {
  tenantId: string;
  premiseId: string;
  body: UpdatePremise;
}) => apiRequest<PremiseWithServicePoints>(premisePath(tenantId, premiseId), { method: 'PATCH', body });

export const addServicePoint = ({
  tenantId,
  premiseId,
  body,
}: {
  tenantId: string;
  premiseId: string;
  body: CreateServicePoint;
}) => apiRequest<ServicePoint>(`${premisePath(tenantId, premiseId)}/service-points`, { method: 'POST', body });
