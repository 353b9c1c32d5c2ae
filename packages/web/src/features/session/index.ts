export { type Access, mayListRoles, type TenantPlace } from './access-of.ts';
export { minimumPasswordLength } from './change-password-form.tsx';
export { CurrentSessionProvider, useAccess, useCurrentSession } from './current-session.tsx';
export { listRoles, roleKeys } from './roles-api.ts';
export { UserMenu } from './user-menu.tsx';
