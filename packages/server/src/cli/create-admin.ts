import { emailSchema } from '@utilis/contracts';
import { fail, ok, type Result } from '@utilis/domain';
import type { Kysely } from 'kysely';
import { Temporal } from 'temporal-polyfill';
import { uuidv7 } from 'uuidv7';
import { createUser, syncBuiltInRoles } from '../access/index.ts';
import { appendAuditEvent } from '../audit/index.ts';
import type { Database } from '../db/index.ts';

// The same rule the API applies to passwords (contracts' passwordSchema).
const minimumPasswordLength = 12;

/** A deployment-wide administrator: the first login of a fresh server, made from its console. */
export async function createAdmin(
  db: Kysely<Database>,
  admin: { email: string; displayName: string; password: string },
): Promise<Result<{ id: string }, 'email_invalid' | 'password_too_short' | 'email_taken'>> {
  if (!emailSchema.safeParse(admin.email).success) return fail('email_invalid');
  if (admin.password.length < minimumPasswordLength) return fail('password_too_short');
  // A fresh database has no roles until the app first starts; the command may run before that.
  await syncBuiltInRoles(db);
  const role = await db.selectFrom('role').select('id').where('code', '=', 'administrator').executeTakeFirstOrThrow();
  const deps = { db, now: () => Temporal.Now.instant(), newId: uuidv7 };
  const grant = { roleId: role.id, scope: { scope: 'deployment' as const } };
  const created = await createUser(deps, { ...admin, grants: [grant] }, null);
  if (!created.ok) {
    if (created.code === 'email_taken') return fail('email_taken');
    throw new Error(`The administrator role vanished while creating ${admin.email}`);
  }
  // Made outside the API, so no request hook records it: the console records it on the deployment's trail.
  await appendAuditEvent(deps, {
    tenantId: null,
    actor: { kind: 'system', id: null, label: 'utilis users create-admin' },
    ip: null,
    requestId: null,
    action: 'user.create',
    entityType: 'user',
    entityId: created.value.id,
    before: null,
    after: {
      id: created.value.id,
      email: admin.email,
      displayName: admin.displayName,
      grants: [{ ...grant, roleCode: 'administrator' }],
    },
  });
  return ok(created.value);
}
