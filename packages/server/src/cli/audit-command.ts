import { idSchema } from '@utilis/contracts';
import { Command } from 'commander';
import { verifyAuditChain } from '../audit/index.ts';
import { configFromEnvironment } from '../config.ts';
import { openDatabase } from '../db/index.ts';

const countOf = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** `utilis audit …`: checks of the audit trail an operator runs against the database. */
export function auditCommand(): Command {
  const audit = new Command('audit').description('check the audit trail');
  audit
    .command('verify')
    .description('recompute every audit event hash and link; exit 1 at the first broken one')
    .option('--tenant <id>', 'verify one tenant chain (the zero uuid is the deployment chain)')
    .action(async (options: { tenant?: string }) => {
      if (options.tenant !== undefined && !idSchema.safeParse(options.tenant).success) {
        audit.error('--tenant must be a tenant id (a uuid)');
      }
      const database = await openDatabase(configFromEnvironment().database);
      try {
        // As the migrating user: verification must not depend on the application's rights.
        const { eventCount, chainCount, broken } = await database.asOwner((owner) =>
          verifyAuditChain(owner, { tenantId: options.tenant }),
        );
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
