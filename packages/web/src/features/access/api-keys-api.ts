import type { ApiKey, CreatedApiKey } from '@utilis/contracts';
import { apiRequest } from '../../api/api-request.ts';

export const apiKeyKeys = {
  ofTenant: (tenantId: string) => ['api-keys', tenantId] as const,
};

const apiKeysPath = (tenantId: string) => `/api/v1/tenants/${encodeURIComponent(tenantId)}/api-keys`;

export const listApiKeys = (tenantId: string, signal?: AbortSignal) =>
  apiRequest<{ items: ApiKey[] }>(apiKeysPath(tenantId), { signal });

export const createApiKey = ({ tenantId, body }: { tenantId: string; body: { name: string; roleId: string } }) =>
  apiRequest<CreatedApiKey>(apiKeysPath(tenantId), { method: 'POST', body });

export const revokeApiKey = ({ tenantId, keyId }: { tenantId: string; keyId: string }) =>
  apiRequest<unknown>(`${apiKeysPath(tenantId)}/${encodeURIComponent(keyId)}`, { method: 'DELETE' });
