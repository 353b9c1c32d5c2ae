import { fail, ok } from '@utilis/domain';
import { defineCommand } from '../commands/index.ts';
import { revokeSessionRow, selectOpenSessions } from './session.sql.ts';
import { sessionIdOf } from './session-tokens.ts';

/** Signs out one of your own open sessions, e.g. a browser left signed in elsewhere. */
export const revokeSession = defineCommand<{ userId: string; sessionId: string }, null, 'session_not_found', null>({
  name: 'session.revoke',
  entity: 'session',
  permission: 'signed_in',
  entityId: ({ sessionId }) => sessionId,
  execute: async ({ trx, now }, { userId, sessionId }) => {
    const at = new Date(now().epochMilliseconds);
    const session = (await selectOpenSessions(trx, { userId, now: at })).find(
      (open) => sessionIdOf(open.tokenHash) === sessionId,
    );
    if (!session) return fail('session_not_found');
    await revokeSessionRow(trx, { userId, tokenHash: session.tokenHash, at });
    return ok(null);
  },
});
