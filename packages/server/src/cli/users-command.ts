import { Command } from 'commander';
import { configFromEnvironment } from '../config.ts';
import { openDatabase } from '../db/index.ts';
import { createAdmin } from './create-admin.ts';
import { generatePassword } from './generate-password.ts';

const refusals = {
  email_invalid: 'is not a valid e-mail address',
  password_too_short: 'needs a password of at least 12 characters (UTILIS_ADMIN_PASSWORD)',
  email_taken: 'already belongs to a user',
} as const;

/** `utilis users …`: staff accounts managed from the server's console, where no one can sign in yet. */
export function usersCommand(): Command {
  const users = new Command('users').description('manage staff users from the console');
  users
    .command('create-admin')
    .description('create a deployment-wide administrator (password from UTILIS_ADMIN_PASSWORD, else generated)')
    .requiredOption('--email <email>', 'the e-mail to sign in with')
    .option('--name <name>', 'the name shown in the app', 'Administrator')
    .action(async (options: { email: string; name: string }) => {
      const given = process.env.UTILIS_ADMIN_PASSWORD;
      const password = given || generatePassword();
      const email = options.email.trim().toLowerCase();
      const database = await openDatabase(configFromEnvironment().database);
      try {
        await database.migrateToLatest();
        const created = await createAdmin(database.db, {
          email,
          displayName: options.name.trim() || 'Administrator',
          password,
        });
        if (!created.ok) {
          console.error(`Not created: ${email} ${refusals[created.code]}`);
          process.exitCode = 1;
          return;
        }
        console.info(`Administrator ${email} created, with every permission across the deployment.`);
        // Printed here once and nowhere else: the server keeps only its argon2id hash.
        if (given) console.info('Password: the one in UTILIS_ADMIN_PASSWORD.');
        else console.info(`Password (shown once, change it after signing in): ${password}`);
      } finally {
        await database.close();
      }
    });
  return users;
}
