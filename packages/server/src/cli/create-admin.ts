import { emailSchema } from '@utilis/contracts';
import { fail, ok, type Result } from '@utilis/domain';
import type { Kysely } from 'kysely';
import { Temporal } from 'temporal-polyfill';
import { uuidv7 } from 'uuidv7';
import { roleIdsByCode, syncBuiltInRoles } from '../access/index.ts';
import { deploymentChain } from '../audit/index.ts';
import type { Database } from '../db/index.ts';
import { withTenant } from '../db/index.ts';
import { createUserFromConsole } from './create-user-from-console.ts';

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
  const roleId = (await withTenant(db, deploymentChain, roleIdsByCode)).get('administrator');
  if (roleId === undefined) throw new Error('No administrator role after the built-in roles were synced');
  const deps = { db, now: () => Temporal.Now.instant(), newId: uuidv7 };
  const grant = { roleId, scope: { scope: 'deployment' as const } };
  const created = await createUserFromConsole(
    deps,
    admin,
    { ...grant, roleCode: 'administrator' },
    'utilis users create-admin',
  );
  if (!created.ok) {
    if (created.code === 'email_taken') return fail('email_taken');
    throw new Error(`The administrator role vanished while creating ${admin.email}`);
  }
  return ok(created.value);
}
