import type {
  Account,
  AgreementChange,
  MoveIn,
  MoveOut,
  ServicePointWithAgreements,
  Transfer,
} from '@utilis/contracts';
import { apiRequest } from '../../../api/api-request.ts';
import type { Page } from '../../../api/page.ts';

export type MoveKind = 'move-in' | 'move-out' | 'transfer';

export const servicePointKeys = {
  one: (tenantId: string, servicePointId: string) => ['service-points', tenantId, servicePointId] as const,
};

const servicePointPath = (tenantId: string, servicePointId: string) =>
  `/api/v1/tenants/${encodeURIComponent(tenantId)}/service-points/${encodeURIComponent(servicePointId)}`;

export const getServicePoint = (tenantId: string, servicePointId: string, signal?: AbortSignal) =>
  apiRequest<ServicePointWithAgreements>(servicePointPath(tenantId, servicePointId), { signal });

/** Records a move-in, move-out or transfer at a service point. */
export const recordMove = ({
  tenantId,
  servicePointId,
  kind,
  body,
}: {
  tenantId: string;
  servicePointId: string;
  kind: MoveKind;
  body: MoveIn | MoveOut | Transfer;
}) => apiRequest<AgreementChange>(`${servicePointPath(tenantId, servicePointId)}/${kind}`, { method: 'POST', body });

/** Accounts whose number or holder's name contains the text, for choosing who moves in. */
export const searchAccounts = (tenantId: string, query: { q?: string; partyId?: string }, signal?: AbortSignal) =>
  apiRequest<Page<Account>>(`/api/v1/tenants/${encodeURIComponent(tenantId)}/accounts`, {
    query: { ...query, limit: 20 },
    signal,
  });
