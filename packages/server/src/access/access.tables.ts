import type { ColumnType, Selectable } from 'kysely';

export interface AppUserTable {
  id: string;
  email: string;
  displayName: string;
  passwordHash: string;
  isActive: boolean;
  failedLogins: number;
  lockedUntil: Date | null;
  passwordChangedAt: Date;
  createdAt: ColumnType<Date, Date, never>;
  updatedAt: Date;
}

export interface RoleTable {
  id: string;
  code: ColumnType<string, string, never>;
  name: string;
  permissions: string[];
  isBuiltIn: ColumnType<boolean, boolean, never>;
  createdAt: ColumnType<Date, Date, never>;
  updatedAt: Date;
}

export interface RoleGrantTable {
  id: string;
  userId: string;
  roleId: string;
  scope: 'deployment' | 'group' | 'tenant' | 'branch';
  tenantGroupId: string | null;
  tenantId: string | null;
  branchCode: string | null;
  grantedBy: string | null;
  createdAt: ColumnType<Date, Date, never>;
  revokedAt: Date | null;
}

export interface UserSessionTable {
  tokenHash: string;
  userId: string;
  csrfTokenHash: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  ip: string | null;
  userAgent: string | null;
}

export interface ApiKeyTable {
  tenantId: string;
  id: string;
  name: string;
  prefix: string;
  secretHash: string;
  roleId: string;
  createdBy: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

export interface AccessTables {
  appUser: AppUserTable;
  role: RoleTable;
  roleGrant: RoleGrantTable;
  userSession: UserSessionTable;
  apiKey: ApiKeyTable;
}

export type AppUserRow = Selectable<AppUserTable>;
export type RoleGrantRow = Selectable<RoleGrantTable>;
