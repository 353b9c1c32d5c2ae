import { type Kysely, sql } from 'kysely';
import { isolateByTenantV1 } from './isolate-by-tenant-v1.ts';

// Frozen in time: this file never imports application code, so it runs the same forever.

export async function up(db: Kysely<unknown>): Promise<void> {
  // Staff of the whole deployment; what they may see and do comes from role grants.
  await db.schema
    .createTable('app_user')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull().unique().check(sql`email = lower(email)`))
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('is_active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('failed_logins', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_until', 'timestamptz')
    .addColumn('password_changed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('role')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('permissions', sql`text[]`, (c) => c.notNull())
    .addColumn('is_built_in', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  // A role held at a scope: the deployment, a tenant group, a tenant, or a branch of a tenant.
  await db.schema
    .createTable('role_grant')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('app_user.id'))
    .addColumn('role_id', 'uuid', (c) => c.notNull().references('role.id'))
    .addColumn('scope', 'text', (c) => c.notNull().check(sql`scope in ('deployment', 'group', 'tenant', 'branch')`))
    .addColumn('tenant_group_id', 'uuid', (c) => c.references('tenant_group.id'))
    .addColumn('tenant_id', 'uuid', (c) => c.references('tenant.id'))
    .addColumn('branch_code', 'text')
    .addColumn('granted_by', 'uuid')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('revoked_at', 'timestamptz')
    .addCheckConstraint(
      'role_grant_scope_fields',
      sql`(scope = 'deployment' and tenant_group_id is null and tenant_id is null and branch_code is null)
       or (scope = 'group' and tenant_group_id is not null and tenant_id is null and branch_code is null)
       or (scope = 'tenant' and tenant_group_id is null and tenant_id is not null and branch_code is null)
       or (scope = 'branch' and tenant_group_id is null and tenant_id is not null and branch_code is not null)`,
    )
    .execute();
  await db.schema.createIndex('role_grant_user_idx').on('role_grant').column('user_id').execute();

  // Only a hash of the session token is stored: a stolen table cannot be replayed.
  await db.schema
    .createTable('user_session')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('app_user.id'))
    .addColumn('csrf_token_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('last_seen_at', 'timestamptz', (c) => c.notNull())
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('revoked_at', 'timestamptz')
    .addColumn('ip', 'text')
    .addColumn('user_agent', 'text')
    .execute();
  await db.schema.createIndex('user_session_user_idx').on('user_session').column('user_id').execute();

  // Integration keys: shown once, stored as a hash, held by one tenant with one role.
  await db.schema
    .createTable('api_key')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull().references('tenant.id'))
    .addColumn('id', 'uuid', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('prefix', 'text', (c) => c.notNull().unique())
    .addColumn('secret_hash', 'text', (c) => c.notNull())
    .addColumn('role_id', 'uuid', (c) => c.notNull().references('role.id'))
    .addColumn('created_by', 'uuid', (c) => c.notNull().references('app_user.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('last_used_at', 'timestamptz')
    .addColumn('revoked_at', 'timestamptz')
    .addPrimaryKeyConstraint('api_key_pk', ['tenant_id', 'id'])
    .execute();

  // Branches (offices, pay points) of a tenant; a branch-scoped grant sees only its accounts.
  await db.schema.alterTable('account').addColumn('branch_code', 'text').execute();
  await db.schema.createIndex('account_branch_idx').on('account').columns(['tenant_id', 'branch_code']).execute();

  // Actions a tenant wants a second person to approve (four-eyes).
  await db.schema
    .alterTable('tenant')
    .addColumn('four_eyes_actions', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    .execute();

  await db.schema
    .createTable('approval_request')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull().references('tenant.id'))
    .addColumn('id', 'uuid', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('payload', 'jsonb', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('pending', 'approved', 'rejected')`))
    .addColumn('requested_by', 'uuid', (c) => c.notNull().references('app_user.id'))
    .addColumn('requested_at', 'timestamptz', (c) => c.notNull())
    .addColumn('decided_by', 'uuid', (c) => c.references('app_user.id'))
    .addColumn('decided_at', 'timestamptz')
    .addColumn('result', 'jsonb')
    .addPrimaryKeyConstraint('approval_request_pk', ['tenant_id', 'id'])
    .addCheckConstraint('approval_by_another_person', sql`decided_by is null or decided_by <> requested_by`)
    .execute();

  // Append-only audit trail, hash-chained per tenant; deployment-wide events chain under the zero uuid.
  await db.schema
    .createTable('audit_event')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull())
    .addColumn('sequence', 'int8', (c) => c.notNull())
    .addColumn('id', 'uuid', (c) => c.notNull().unique())
    .addColumn('occurred_at', 'timestamptz', (c) => c.notNull())
    .addColumn('actor_kind', 'text', (c) => c.notNull().check(sql`actor_kind in ('user', 'api_key', 'system')`))
    .addColumn('actor_id', 'uuid')
    .addColumn('actor_label', 'text', (c) => c.notNull())
    .addColumn('ip', 'text')
    .addColumn('request_id', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text')
    .addColumn('before', 'jsonb')
    .addColumn('after', 'jsonb')
    .addColumn('previous_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('audit_event_pk', ['tenant_id', 'sequence'])
    .execute();
  await db.schema
    .createIndex('audit_event_entity_idx')
    .on('audit_event')
    .columns(['tenant_id', 'entity_type', 'entity_id'])
    .execute();
  await db.schema.createIndex('audit_event_actor_idx').on('audit_event').columns(['tenant_id', 'actor_id']).execute();

  // The head of each chain, locked while an event is appended so sequences never fork.
  await db.schema
    .createTable('audit_chain')
    .addColumn('tenant_id', 'uuid', (c) => c.primaryKey())
    .addColumn('last_sequence', 'int8', (c) => c.notNull())
    .addColumn('last_hash', 'text', (c) => c.notNull())
    .execute();

  await sql`grant select, insert, update on app_user, role, role_grant, user_session to utilis_app`.execute(db);
  await sql`grant select, insert, update on api_key, approval_request, audit_chain to utilis_app`.execute(db);
  // Nothing updates or deletes an audit row: the application may only add and read.
  await sql`grant select, insert on audit_event to utilis_app`.execute(db);
  await isolateByTenantV1(db, 'approval_request');
  await isolateByTenantV1(db, 'audit_event');
  await isolateByTenantV1(db, 'audit_chain');
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'audit_chain',
    'audit_event',
    'approval_request',
    'api_key',
    'user_session',
    'role_grant',
    'role',
    'app_user',
  ]) {
    await db.schema.dropTable(table).execute();
  }
  await db.schema.alterTable('tenant').dropColumn('four_eyes_actions').execute();
  await db.schema.alterTable('account').dropColumn('branch_code').execute();
}
