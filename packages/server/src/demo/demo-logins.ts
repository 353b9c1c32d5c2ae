import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type BuiltInRole, builtInRoles, type GrantScope } from '@utilis/contracts';
import type { Kysely } from 'kysely';
import { Temporal } from 'temporal-polyfill';
import { uuidv7 } from 'uuidv7';
import { roleIdsByCode, syncBuiltInRoles } from '../access/index.ts';
import { deploymentChain } from '../audit/index.ts';
import { createUserFromConsole } from '../cli/create-user-from-console.ts';
import { generatePassword } from '../cli/generate-password.ts';
import { tenantNamed } from '../cli/tenant-named.ts';
import type { Database } from '../db/index.ts';
import { withTenant } from '../db/index.ts';

/** One demo person: who they are and the password to sign in with, when it is known. */
export interface DemoLogin {
  readonly role: BuiltInRole;
  readonly roleName: string;
  readonly email: string;
  readonly password: string | null;
}

type Where = 'deployment' | 'group' | 'tenant' | { branchCode: string };

// One person per built-in role; the cashier works at one office so the branch limit shows, and the
// analyst serves the whole group (the water company and the housing management company).
const demoStaff: { role: BuiltInRole; displayName: string; where: Where }[] = [
  { role: 'administrator', displayName: 'Alex Morgan', where: 'deployment' },
  { role: 'billing_clerk', displayName: 'Bea Clarke', where: 'tenant' },
  { role: 'cashier', displayName: 'Chris Patel', where: { branchCode: 'centre' } },
  { role: 'reading_clerk', displayName: 'Dana Reed', where: 'tenant' },
  { role: 'collections_agent', displayName: 'Eli Walsh', where: 'tenant' },
  { role: 'analyst', displayName: 'Fran Ortiz', where: 'group' },
  { role: 'auditor', displayName: 'Gus Novak', where: 'tenant' },
];

export const demoLoginsFile = 'demo-logins.json';

const emailOf = (role: BuiltInRole) => `${role.replaceAll('_', '-')}@utilis.example`;

const scopeOf = (where: Where, { id: tenantId, groupId }: { id: string; groupId: string | null }): GrantScope => {
  if (where === 'deployment') return { scope: 'deployment' };
  if (where === 'group') return groupId ? { scope: 'group', tenantGroupId: groupId } : { scope: 'tenant', tenantId };
  if (where === 'tenant') return { scope: 'tenant', tenantId };
  return { scope: 'branch', tenantId, branchCode: where.branchCode };
};

/**
 * A login per built-in role, the others in the main demo tenant. Passwords are random on the
 * first seed and kept in `<dataDir>/demo-logins.json` (owner-only), so every later run shows
 * the same ones. Only the console shows them, never the log.
 */
export async function seedDemoLogins(
  db: Kysely<Database>,
  { dataDir, tenantCode }: { dataDir: string; tenantCode: string },
): Promise<DemoLogin[]> {
  const file = join(dataDir, demoLoginsFile);
  const stored = await storedPasswords(file);
  await syncBuiltInRoles(db);
  const tenant = await tenantNamed(db, tenantCode);
  if (!tenant) throw new Error(`The demo tenant ${tenantCode} is not seeded`);
  const roles = await withTenant(db, deploymentChain, roleIdsByCode);
  const deps = { db, now: () => Temporal.Now.instant(), newId: uuidv7 };
  const logins: DemoLogin[] = [];
  for (const { role, displayName, where } of demoStaff) {
    const email = emailOf(role);
    const roleId = roles.get(role);
    if (!roleId) throw new Error(`The built-in role ${role} is missing after syncing the roles`);
    const password = stored.get(email) ?? generatePassword();
    const grant = { roleId, scope: scopeOf(where, tenant) };
    const created = await createUserFromConsole(
      deps,
      { email, displayName, password },
      { ...grant, roleCode: role },
      'utilis demo',
    );
    // A person seeded by an earlier run keeps the password written then, if the file still has it.
    const known = created.ok ? password : (stored.get(email) ?? null);
    logins.push({ role, roleName: builtInRoles[role].name, email, password: known });
  }
  const known = logins.flatMap(({ role, email, password }) => (password ? [{ role, email, password }] : []));
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, `${JSON.stringify(known, null, 2)}\n`, { mode: 0o600 });
  // writeFile's mode applies only to a new file; an older one is tightened too.
  await chmod(file, 0o600);
  return logins;
}

async function storedPasswords(file: string): Promise<Map<string, string>> {
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return '[]';
    throw error;
  });
  const entries: unknown = JSON.parse(text);
  if (!Array.isArray(entries)) return new Map();
  return new Map(
    entries.flatMap((entry: { email?: unknown; password?: unknown }) =>
      typeof entry.email === 'string' && typeof entry.password === 'string' ? [[entry.email, entry.password]] : [],
    ),
  );
}

/** The logins as a console table: role · e-mail · password. */
export function demoLoginsTable(logins: readonly DemoLogin[], file: string): string {
  const rows = [
    ['role', 'e-mail', 'password'],
    ...logins.map((login) => [login.roleName, login.email, login.password ?? `(unknown: not in ${file})`]),
  ];
  const widths = [0, 1].map((column) => Math.max(...rows.map((row) => row[column]?.length ?? 0)));
  const lines = rows.map((row) =>
    row
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd(),
  );
  return [`Demo logins (kept in ${file}):`, ...lines].join('\n');
}
