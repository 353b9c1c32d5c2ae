import { useQuery } from '@tanstack/react-query';
import { type BuiltInRole, builtInRoles, type GrantScope, type Permission } from '@utilis/contracts';
import { unreachable } from '@utilis/domain';
import { useTranslation } from 'react-i18next';
import { listRoles, mayListRoles, roleKeys, useAccess } from '../session/index.ts';
import { listTenantGroups, tenantKeys, useCurrentTenant } from '../tenants/index.ts';
import type { PermissionContext } from './permission-groups.ts';

const isBuiltIn = (code: string): code is BuiltInRole => Object.hasOwn(builtInRoles, code);

/** Names of roles, permissions and grant scopes in the user's language. */
export function useAccessLabels() {
  const { t } = useTranslation();
  const { tenants } = useCurrentTenant();
  const access = useAccess();
  // Only those who grant or edit roles may read them; anyone else names built-in roles alone.
  const roles = useQuery({
    queryKey: roleKeys.all,
    queryFn: ({ signal }) => listRoles(signal),
    enabled: mayListRoles(access),
  });
  const groups = useQuery({ queryKey: tenantKeys.groups, queryFn: ({ signal }) => listTenantGroups(signal) });

  const tenantName = (tenantId: string) =>
    tenants.find((tenant) => tenant.id === tenantId)?.name ?? tenantId.slice(0, 8);
  const groupName = (groupId: string) =>
    groups.data?.items.find((group) => group.id === groupId)?.name ?? groupId.slice(0, 8);

  return {
    /** Built-in roles are named in the user's language; custom roles by the name their author gave. */
    role: (role: { code: string; name?: string }) =>
      isBuiltIn(role.code)
        ? t(`roleNames.${role.code}`)
        : (role.name ?? roles.data?.items.find((each) => each.code === role.code)?.name ?? role.code),
    permission: (permission: Permission) => t(`permissions.${permission}`),
    context: (context: PermissionContext) => t(`permissionContexts.${context}`),
    scope: (scope: GrantScope) => {
      switch (scope.scope) {
        case 'deployment':
          return t('scopes.deployment');
        case 'group':
          return t('scopes.group', { name: groupName(scope.tenantGroupId) });
        case 'tenant':
          return t('scopes.tenant', { name: tenantName(scope.tenantId) });
        case 'branch':
          return t('scopes.branch', { name: tenantName(scope.tenantId), branch: scope.branchCode });
        default:
          return unreachable(scope);
      }
    },
    roles: roles.data?.items ?? [],
    groups: groups.data?.items ?? [],
    tenants,
  };
}
