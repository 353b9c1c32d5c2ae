import { idSchema } from '@utilis/contracts';
import { Command } from 'commander';
import type { Kysely } from 'kysely';
import { chainsWithPendingEvents, deploymentChain, linkAuditEvents, verifyAuditChain } from '../audit/index.ts';
import { configFromEnvironment } from '../config.ts';
import { type Database, openDatabase, withTenant } from '../db/index.ts';
import { allTenantIds } from '../tenants/index.ts';
import { tenantNamed } from './tenant-named.ts';

const countOf = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** The chain `--tenant` names: a tenant's code or id, or the deployment chain's; null when no tenant has the code. */
async function chainNamed(db: Kysely<Database>, tenant: string): Promise<string | null> {
  if (idSchema.safeParse(tenant).success) return tenant;
  return (await tenantNamed(db, tenant))?.id ?? null;
}

/** `utilis audit …`: checks of the audit trail an operator runs against the database. */
export function auditCommand(): Command {
  const audit = new Command('audit').description('check the audit trail');
  audit
    .command('verify')
    .description('recompute every audit event hash and link; exit 1 at the first broken one')
    .option('--tenant <code>', `verify one tenant's chain, by code or id (${deploymentChain}: the deployment chain)`)
    .action(async (options: { tenant?: string }) => {
      const database = await openDatabase(configFromEnvironment().database);
      try {
        // Events committed but not yet chained (a process stopped right after its commit) join first.
        for (const chainId of await database.asOwner(chainsWithPendingEvents)) {
          await linkAuditEvents(database.db, chainId);
        }
        // As the migrating user: verification must not depend on the application's rights.
        const verification = await database.asOwner(async (owner) => {
          const tenantId = options.tenant === undefined ? undefined : await chainNamed(owner, options.tenant);
          if (tenantId === null) return null;
          const expectedChains = await withTenant(owner, deploymentChain, allTenantIds);
          return verifyAuditChain(owner, { tenantId, expectedChains });
        });
        if (!verification) {
          console.error(`No tenant has the code ${options.tenant}: give a tenant code or id to --tenant`);
          process.exitCode = 2;
          return;
        }
        const { eventCount, chainCount, broken } = verification;
        if (broken) {
          console.error(`broken: tenant ${broken.tenantId}, sequence ${broken.sequence}: ${broken.reason}`);
          process.exitCode = 1;
          return;
        }
        console.info(`ok: ${countOf(eventCount, 'event')} in ${countOf(chainCount, 'chain')}`);
      } finally {
        await database.close();
      }
    });
  return audit;
}
