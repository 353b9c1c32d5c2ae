import type { Kysely } from 'kysely';

// Frozen in time: this file never imports application code, so it runs the same forever.

export async function up(db: Kysely<unknown>): Promise<void> {
  // How generated customer numbers (party references) look, e.g. 'C-{seq:7}'; null keeps the default.
  await db.schema.alterTable('tenant').addColumn('party_reference_pattern', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('tenant').dropColumn('party_reference_pattern').execute();
}
