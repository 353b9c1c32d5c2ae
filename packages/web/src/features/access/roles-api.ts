import type { Permission, Role } from '@utilis/contracts';
import { apiRequest } from '../../api/api-request.ts';

export type NewRole = { code: string; name: string; permissions: Permission[] };

export const createRole = (body: NewRole) => apiRequest<Role>('/api/v1/roles', { method: 'POST', body });

export const updateRole = ({ roleId, body }: { roleId: string; body: Partial<Omit<NewRole, 'code'>> }) =>
  apiRequest<Role>(`/api/v1/roles/${encodeURIComponent(roleId)}`, { method: 'PATCH', body });
