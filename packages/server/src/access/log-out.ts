import { ok } from '@utilis/domain';
import { defineCommand } from '../commands/index.ts';
import { revokeSessionRow } from './session.sql.ts';

/** Ends the session asking; a key, which has none, signs out of nothing but is still recorded. */
export const logOut = defineCommand<{ userId: string; tokenHash: string | null }, null, never, null>({
  name: 'session.sign_out',
  entity: 'user',
  permission: 'signed_in',
  entityId: ({ userId }) => userId,
  execute: async ({ trx, now }, { userId, tokenHash }) => {
    if (tokenHash !== null) await revokeSessionRow(trx, { userId, tokenHash, at: new Date(now().epochMilliseconds) });
    return ok(null);
  },
});
