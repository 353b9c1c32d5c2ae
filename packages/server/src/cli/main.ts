import { dirname, join, resolve } from 'node:path';
import { Command } from 'commander';
import serverPackage from '../../package.json' with { type: 'json' };
import { configFromEnvironment, type ServerConfig } from '../config.ts';
import { type DatabaseConnection, openDatabase } from '../db/index.ts';
import { demoLoginsFile, demoLoginsTable, seedDemoLogins } from '../demo/demo-logins.ts';
import { auditCommand } from './audit-command.ts';
import { exportCommand } from './export-command.ts';
import { importCommand } from './import-command.ts';
import { progressReporter } from './progress-reporter.ts';
import { usersCommand } from './users-command.ts';

// The web server (Fastify and every route), the demo seeding (faker) and the rating are imported by
// the commands that use them: loaded on every start, they would slow `utilis --help` by a quarter.

const program = new Command()
  .name('utilis')
  .description('Utilis: customer information and billing for utilities')
  .version(serverPackage.version)
  .showHelpAfterError();

const withListenOptions = (command: Command) =>
  command
    .option('--host <host>', 'address to listen on (env HOST, default 127.0.0.1)')
    .option('--port <port>', 'port to listen on (env PORT, default 3000)');

const configWith = (options: { host?: string; port?: string }) =>
  configFromEnvironment({
    ...process.env,
    ...(options.host ? { HOST: options.host } : {}),
    ...(options.port ? { PORT: options.port } : {}),
  });

/**
 * Starts the server and answers the URL it serves. A port in use or reserved is the operator's to
 * change, not a crash: it says which and how to choose another, sets exit code 1, answers undefined.
 */
async function serve(command: 'serve' | 'demo', config: ServerConfig, database?: DatabaseConnection) {
  const { startServer } = await import('../main.ts');
  try {
    return (await startServer(config, database)).url;
  } catch (error) {
    const problem = listenProblem(error, command, config);
    if (!problem) throw error;
    console.error(problem);
    process.exitCode = 1;
    return undefined;
  }
}

function listenProblem(error: unknown, command: 'serve' | 'demo', { host, port }: ServerConfig) {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const otherPort = port < 1024 ? 3000 : port + 1;
  const howToChoose = `Choose another port: PORT=${otherPort} npm run ${command}  (or utilis ${command} --port ${otherPort})`;
  if (code === 'EADDRINUSE') {
    return `Port ${port} on ${host} is already in use by another program (perhaps another Utilis).\n${howToChoose}`;
  }
  if (code === 'EACCES') return `Port ${port} on ${host} needs privileges this user does not have.\n${howToChoose}`;
  return undefined;
}

withListenOptions(
  program.command('serve').description('migrate the database, then serve the API and the web app'),
).action(async (options: { host?: string; port?: string }) => {
  const url = await serve('serve', configWith(options));
  if (url) console.info(`Utilis is serving ${url}`);
});

program
  .command('migrate')
  .description('apply pending database migrations and exit')
  .action(async () => {
    const config = configFromEnvironment();
    const database = await openDatabase(config.database);
    try {
      const applied = await database.migrateToLatest();
      console.info(applied.length ? `Applied ${applied.join(', ')}` : 'The database is up to date');
    } finally {
      await database.close();
    }
  });

// The demo logins live beside the embedded database; on PostgreSQL, in UTILIS_DATA_DIR all the same.
const dataDirOf = (database: ServerConfig['database']) =>
  database.backend === 'pglite' && database.dataDir
    ? dirname(database.dataDir)
    : resolve(process.env.UTILIS_DATA_DIR ?? './data');

withListenOptions(
  program
    .command('demo')
    .description('seed a demo water company (2,000 parties and accounts) and a login per role, then serve it')
    .option('--no-serve', 'stop after seeding')
    .option('--parties <count>', 'parties and accounts to create', '2000'),
).action(async (options: { serve: boolean; parties: string; host?: string; port?: string }) => {
  // A person watching the demo wants the URL and the progress, not a log line per request.
  const config = { ...configWith(options), logLevel: process.env.LOG_LEVEL ?? 'warn' };
  const partyCount = Number.parseInt(options.parties, 10);
  if (!Number.isInteger(partyCount) || partyCount < 1) program.error('--parties must be a positive whole number');
  const { mainDemoTenantCode, seedDemo } = await import('../demo/seed-demo.ts');
  const database = await openDatabase(config.database);
  await database.migrateToLatest();
  const summary = await seedDemo(database.db, { partyCount, onProgress: progressReporter() });
  console.info(summary);
  const dataDir = dataDirOf(config.database);
  const logins = await seedDemoLogins(database.db, { dataDir, tenantCode: mainDemoTenantCode });
  console.info(demoLoginsTable(logins, join(dataDir, demoLoginsFile)));
  if (!options.serve) {
    await database.close();
    return;
  }
  const url = await serve('demo', config, database);
  if (url) console.info(`Utilis demo is serving ${url}  (API reference: ${url}/api/docs)`);
});

program.addCommand(usersCommand());
program.addCommand(auditCommand());
program.addCommand(importCommand());
program.addCommand(exportCommand());

program
  .command('rate')
  .description('rate a usage file on a price plan file and print the bill (no database needed)')
  .requiredOption('--plan <file>', 'price plan JSON, in the format of docs/tariffs.md')
  .requiredOption('--usage <file>', 'usage JSON: billingPeriod, usage, account, yearToDate, rounding')
  .option('--json', 'print the bill as JSON, as POST /api/v1/rating/preview answers')
  .action(async (options: { plan: string; usage: string; json?: boolean }) => {
    const { rateFiles } = await import('./rate-files.ts');
    const outcome = await rateFiles({ planFile: options.plan, usageFile: options.usage, json: options.json === true });
    if (outcome.exitCode === 0) console.info(outcome.stdout);
    else console.error(outcome.stderr);
    process.exitCode = outcome.exitCode;
  });

await program.parseAsync();
