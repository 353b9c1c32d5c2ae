import { type ApprovablePermission, approvablePermissions, type Tenant, type TenantGroup } from '@utilis/contracts';
import type { TenantGroupRow, TenantRow } from './tenant.tables.ts';

export const toTenant = (row: TenantRow): Tenant => ({
  id: row.id,
  groupId: row.groupId,
  code: row.code,
  name: row.name,
  country: row.country,
  currency: row.currency,
  locale: row.locale,
  timeZone: row.timeZone,
  roundingMode: row.roundingMode,
  // An action a later release no longer holds for approval is dropped rather than answered.
  fourEyesActions: row.fourEyesActions.filter((action): action is ApprovablePermission =>
    (approvablePermissions as readonly string[]).includes(action),
  ),
  accountNumberPattern: row.accountNumberPattern,
  partyReferencePattern: row.partyReferencePattern,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

export const toTenantGroup = (row: TenantGroupRow): TenantGroup => ({
  id: row.id,
  code: row.code,
  name: row.name,
  createdAt: row.createdAt.toISOString(),
});
