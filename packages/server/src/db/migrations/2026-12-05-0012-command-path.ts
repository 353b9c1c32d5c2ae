import { type Kysely, sql } from 'kysely';
import { isolateByTenantV1 } from './isolate-by-tenant-v1.ts';

// Frozen in time: this file never imports application code, so it runs the same forever.
// Every write is a command whose audit event commits with it. Taking the chain head inside the
// command's transaction would queue every writer of a tenant behind one row, so a command only
// adds its event here; a short linking step after the commit chains pending events in order.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('audit_event_pending')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull())
    .addColumn('id', 'uuid', (c) => c.notNull())
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
    .addPrimaryKeyConstraint('audit_event_pending_pk', ['tenant_id', 'id'])
    .execute();
  await sql`grant select, insert, delete on audit_event_pending to utilis_app`.execute(db);
  await isolateByTenantV1(db, 'audit_event_pending');
  // The application may take a pending event off the queue only once it stands in the chain.
  await sql`
    create policy delete_once_linked on audit_event_pending as restrictive for delete
      using (exists (select 1 from audit_event e where e.tenant_id = audit_event_pending.tenant_id
                                                  and e.id = audit_event_pending.id))`.execute(db);

  // A command sent again with the same key answers as the first time; another body is refused.
  await db.schema
    .createTable('command_idempotency')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull().check(sql`length(key) between 1 and 200`))
    .addColumn('command', 'text', (c) => c.notNull())
    .addColumn('input_sha256', 'text', (c) => c.notNull().check(sql`input_sha256 ~ '^[0-9a-f]{64}$'`))
    .addColumn('value', 'jsonb')
    .addColumn('recorded_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('command_idempotency_pk', ['tenant_id', 'key'])
    .execute();
  await sql`grant select, insert on command_idempotency to utilis_app`.execute(db);
  await isolateByTenantV1(db, 'command_idempotency');

  // Approvals hold a command by name and its input, no longer an HTTP request.
  await sql`
    update approval_request set payload = jsonb_build_object(
      'command', case payload->>'operation'
        when 'POST /api/v1/tenants/:tenantId/price-plans' then 'price_plan.create'
        else 'price_plan.add_version' end,
      'input', case payload->>'operation'
        when 'POST /api/v1/tenants/:tenantId/price-plans' then payload->'body'
        else jsonb_build_object('planId', payload->'params'->'planId', 'version', payload->'body') end)
    where payload ? 'operation'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('command_idempotency').execute();
  await db.schema.dropTable('audit_event_pending').execute();
}
