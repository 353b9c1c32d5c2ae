import { type Permission, permissions } from '@utilis/contracts';

/** The context a permission belongs to: the part before its first dot (`access` of `access.users.manage`). */
export type PermissionContext = Permission extends `${infer Context}.${string}` ? Context : never;

export const contextOf = (permission: Permission) => permission.split('.')[0] as PermissionContext;

/** Every permission, grouped by context in the order the contracts list them. */
export const permissionGroups: readonly { context: PermissionContext; permissions: readonly Permission[] }[] = [
  ...permissions
    .reduce((groups, permission) => {
      const context = contextOf(permission);
      groups.set(context, [...(groups.get(context) ?? []), permission]);
      return groups;
    }, new Map<PermissionContext, Permission[]>())
    .entries(),
].map(([context, members]) => ({ context, permissions: members }));
