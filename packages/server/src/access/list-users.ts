import type { User } from '@utilis/contracts';
import { type ExpressionBuilder, sql, type Transaction } from 'kysely';
import type { Database } from '../db/index.ts';
import { containsPattern, pageFrom } from '../http/page-cursor.ts';
import { liveGrantsOf } from './grant.sql.ts';
import { toUser } from './user-dto.ts';
import type { UserManager } from './user-manager.ts';

/** Users the manager sees, in e-mail order; text matches the e-mail or the display name. */
export async function listUsers(
  trx: Transaction<Database>,
  manager: UserManager,
  { limit, afterEmail, text, at }: { limit: number; afterEmail?: string; text?: string; at: Date },
): Promise<{ items: User[]; nextCursor: string | null }> {
  let query = trx
    .selectFrom('appUser')
    .selectAll()
    .orderBy('email')
    .limit(limit + 1);
  if (afterEmail !== undefined) query = query.where('email', '>', afterEmail);
  if (text) {
    const pattern = containsPattern(text);
    query = query.where((eb) => eb.or([eb('email', 'ilike', pattern), eb('displayName', 'ilike', pattern)]));
  }
  if (!manager.isDeploymentWide) {
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('roleGrant')
          .select(sql.lit(1).as('one'))
          .whereRef('roleGrant.userId', '=', 'appUser.id')
          .where('roleGrant.revokedAt', 'is', null)
          .where((grant) => managedGrant(grant, manager)),
      ),
    );
  }
  const rows = await query.execute();
  const grants = await liveGrantsOf(
    trx,
    rows.slice(0, limit).map((row) => row.id),
  );
  return pageFrom(rows, {
    limit,
    toItem: (user) =>
      toUser({ user, grants: grants.filter((grant) => grant.userId === user.id && manager.manages(grant)), at }),
    keyOf: (row) => row.email,
  });
}

// The SQL twin of UserManager.manages (scopeWithin) for a grant row.
function managedGrant(eb: ExpressionBuilder<Database, 'roleGrant'>, manager: UserManager) {
  const conditions = manager.managedScopes.map((outer) => withinCondition(eb, outer, manager));
  return conditions.length === 0 ? eb.lit(false) : eb.or(conditions);
}

function withinCondition(
  eb: ExpressionBuilder<Database, 'roleGrant'>,
  outer: UserManager['managedScopes'][number],
  manager: UserManager,
) {
  if (outer.scope === 'deployment') return eb.lit(true);
  if (outer.scope === 'group') {
    const tenantIds = manager.tenantsOfGroup.get(outer.tenantGroupId ?? '') ?? [];
    const sameGroup = eb.and([eb('scope', '=', 'group'), eb('tenantGroupId', '=', outer.tenantGroupId)]);
    return tenantIds.length === 0 ? sameGroup : eb.or([sameGroup, eb('tenantId', 'in', tenantIds)]);
  }
  if (outer.scope === 'tenant') return eb('tenantId', '=', outer.tenantId);
  return eb.and([
    eb('scope', '=', 'branch'),
    eb('tenantId', '=', outer.tenantId),
    eb('branchCode', '=', outer.branchCode),
  ]);
}
