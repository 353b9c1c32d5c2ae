import type { Permission, Session } from '@utilis/contracts';
import { deploymentPermissions } from '@utilis/domain';
import type { GrantRow } from './grant.sql.ts';
import { csrfTokenOf } from './session-tokens.ts';
import { toGrant } from './user-dto.ts';

/** What the web app is told about a signed-in person, before it becomes the API's Session. */
export interface SessionFacts {
  readonly user: { readonly id: string; readonly email: string; readonly displayName: string };
  readonly grants: readonly GrantRow[];
  readonly token: string;
  readonly expiresAt: Date;
}

export const toSession = ({ user, grants, token, expiresAt }: SessionFacts): Session => ({
  user: { id: user.id, email: user.email, displayName: user.displayName },
  csrfToken: csrfTokenOf(token),
  expiresAt: expiresAt.toISOString(),
  grants: grants.map(toGrant),
  deploymentPermissions: [...deploymentPermissions(grants)] as Permission[],
});
