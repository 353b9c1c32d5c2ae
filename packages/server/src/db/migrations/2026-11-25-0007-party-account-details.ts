import { type Kysely, sql } from 'kysely';
import { isolateByTenantV1 } from './isolate-by-tenant-v1.ts';

// Frozen in time: this file never imports application code, so it runs the same forever.

const codeCheck = (column: string) => sql`${sql.ref(column)} ~ '^[a-z0-9][a-z0-9_-]{0,31}$'`;

export async function up(db: Kysely<unknown>): Promise<void> {
  // The tenant's own customer number (party) and premise number: natural keys for imports.
  await db.schema
    .alterTable('party')
    .addColumn('reference', 'text')
    .addColumn('preferred_channel', 'text', (c) => c.check(sql`preferred_channel in ('email', 'phone', 'sms', 'post')`))
    .execute();
  await sql`create unique index party_reference_unique on party (tenant_id, reference) where reference is not null`.execute(
    db,
  );
  await db.schema.alterTable('premise').addColumn('reference', 'text').execute();
  await sql`create unique index premise_reference_unique on premise (tenant_id, reference) where reference is not null`.execute(
    db,
  );

  // How generated account numbers look, e.g. 'RW-{seq:6}'; null keeps the built-in Luhn numbers.
  await db.schema.alterTable('tenant').addColumn('account_number_pattern', 'text').execute();

  await db.schema
    .alterTable('account')
    .addColumn('bill_cycle_code', 'text')
    .addColumn('delivery_preference', 'text', (c) =>
      c.notNull().defaultTo('paper').check(sql`delivery_preference in ('paper', 'email', 'portal')`),
    )
    .addColumn('use_class', 'text', (c) => c.check(codeCheck('use_class')))
    .addColumn('parent_account_id', 'uuid')
    .execute();
  await db.schema
    .alterTable('account')
    .addForeignKeyConstraint('account_parent_fk', ['tenant_id', 'parent_account_id'], 'account', ['tenant_id', 'id'])
    .execute();
  await db.schema
    .alterTable('account')
    .addCheckConstraint('account_not_own_parent', sql`parent_account_id is null or parent_account_id <> id`)
    .execute();
  await db.schema.createIndex('account_parent_idx').on('account').columns(['tenant_id', 'parent_account_id']).execute();

  await db.schema
    .createTable('party_identity_document')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull().references('tenant.id'))
    .addColumn('id', 'uuid', (c) => c.notNull())
    .addColumn('party_id', 'uuid', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(codeCheck('kind')))
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('issuing_country', 'text', (c) => c.check(sql`issuing_country ~ '^[A-Z]{2}$'`))
    .addColumn('issued_on', 'date')
    .addColumn('valid_until', 'date')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('party_identity_document_pk', ['tenant_id', 'id'])
    .addForeignKeyConstraint('party_identity_document_party_fk', ['tenant_id', 'party_id'], 'party', [
      'tenant_id',
      'id',
    ])
    .addCheckConstraint(
      'party_identity_document_valid_after_issue',
      sql`valid_until is null or issued_on is null or valid_until >= issued_on`,
    )
    .execute();
  await db.schema
    .createIndex('party_identity_document_party_idx')
    .on('party_identity_document')
    .columns(['tenant_id', 'party_id'])
    .execute();
  await db.schema
    .createIndex('party_identity_document_number_idx')
    .on('party_identity_document')
    .columns(['tenant_id', 'number'])
    .execute();

  // Consent per purpose: in force while given_on is set and withdrawn_on is not.
  await db.schema
    .createTable('party_contact')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull().references('tenant.id'))
    .addColumn('id', 'uuid', (c) => c.notNull())
    .addColumn('party_id', 'uuid', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull().check(sql`channel in ('email', 'phone', 'sms', 'post')`))
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('service_consent_given_on', 'date')
    .addColumn('service_consent_withdrawn_on', 'date')
    .addColumn('marketing_consent_given_on', 'date')
    .addColumn('marketing_consent_withdrawn_on', 'date')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('party_contact_pk', ['tenant_id', 'id'])
    .addForeignKeyConstraint('party_contact_party_fk', ['tenant_id', 'party_id'], 'party', ['tenant_id', 'id'])
    .addCheckConstraint(
      'party_contact_service_withdrawn_after_given',
      sql`service_consent_withdrawn_on is null or service_consent_withdrawn_on >= service_consent_given_on`,
    )
    .addCheckConstraint(
      'party_contact_marketing_withdrawn_after_given',
      sql`marketing_consent_withdrawn_on is null or marketing_consent_withdrawn_on >= marketing_consent_given_on`,
    )
    .execute();
  await db.schema
    .createIndex('party_contact_party_idx')
    .on('party_contact')
    .columns(['tenant_id', 'party_id'])
    .execute();

  // Periods of an account: inclusive start_on..end_on, end_on null while open.
  const accountPeriodTable = (table: string) =>
    db.schema
      .createTable(table)
      .addColumn('tenant_id', 'uuid', (c) => c.notNull().references('tenant.id'))
      .addColumn('id', 'uuid', (c) => c.notNull())
      .addColumn('account_id', 'uuid', (c) => c.notNull())
      .addColumn('start_on', 'date', (c) => c.notNull())
      .addColumn('end_on', 'date')
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addPrimaryKeyConstraint(`${table}_pk`, ['tenant_id', 'id'])
      .addForeignKeyConstraint(`${table}_account_fk`, ['tenant_id', 'account_id'], 'account', ['tenant_id', 'id'])
      .addCheckConstraint(`${table}_ends_after_start`, sql`end_on is null or end_on >= start_on`);

  await accountPeriodTable('account_household_person')
    .addColumn('name', 'text', (c) => c.notNull())
    .execute();
  await accountPeriodTable('account_protection')
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('protected', 'vulnerable')`))
    .addColumn('reason', 'text', (c) => c.notNull())
    .execute();
  await accountPeriodTable('account_benefit')
    .addColumn('code', 'text', (c) => c.notNull().check(codeCheck('code')))
    .addColumn('reference', 'text')
    .execute();

  const childTables = [
    'party_identity_document',
    'party_contact',
    'account_household_person',
    'account_protection',
    'account_benefit',
  ];
  for (const table of childTables.slice(2)) {
    await db.schema
      .createIndex(`${table}_account_idx`)
      .on(table)
      .columns(['tenant_id', 'account_id', 'start_on'])
      .execute();
  }
  // Delete is granted so a mistaken entry can be removed; the audit trail keeps what it was.
  await sql`grant select, insert, update, delete on ${sql.join(childTables.map((table) => sql.table(table)))} to utilis_app`.execute(
    db,
  );
  for (const table of childTables) await isolateByTenantV1(db, table);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'account_benefit',
    'account_protection',
    'account_household_person',
    'party_contact',
    'party_identity_document',
  ]) {
    await db.schema.dropTable(table).execute();
  }
  await db.schema.dropIndex('account_parent_idx').execute();
  await db.schema.alterTable('account').dropConstraint('account_not_own_parent').execute();
  await db.schema.alterTable('account').dropConstraint('account_parent_fk').execute();
  for (const column of ['parent_account_id', 'use_class', 'delivery_preference', 'bill_cycle_code']) {
    await db.schema.alterTable('account').dropColumn(column).execute();
  }
  await db.schema.alterTable('tenant').dropColumn('account_number_pattern').execute();
  await db.schema.dropIndex('premise_reference_unique').execute();
  await db.schema.alterTable('premise').dropColumn('reference').execute();
  await db.schema.dropIndex('party_reference_unique').execute();
  await db.schema.alterTable('party').dropColumn('preferred_channel').dropColumn('reference').execute();
}
