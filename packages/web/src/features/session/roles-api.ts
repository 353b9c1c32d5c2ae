import type { Role } from '@utilis/contracts';
import { apiRequest } from '../../api/api-request.ts';

export const roleKeys = {
  all: ['roles'] as const,
};

/** Every role of the deployment, built-in first; small enough to load whole. */
export const listRoles = (signal?: AbortSignal) => apiRequest<{ items: Role[] }>('/api/v1/roles', { signal });
