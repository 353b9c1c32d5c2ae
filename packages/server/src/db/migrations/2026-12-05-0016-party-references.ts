import { type Kysely, sql } from 'kysely';

// Frozen in time: this file never imports application code, so it runs the same forever.
// Every party has a customer number from now on: a party created without one takes the tenant's
// next. The parties stored before without one are numbered here as the application numbers them
// by default (pattern C{seq:8}{check}: C, eight digits of the tenant's 'party_reference' counter and
// their Luhn check digit), oldest first, skipping numbers typed in by hand; the counter then
// stands past the last number given, so the next party created continues from there.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    with missing as (
      select tenant_id, id, row_number() over (partition by tenant_id order by created_at, id) as ordinal
      from party
      where reference is null
    ),
    need as (
      select m.tenant_id, count(*) as count, coalesce(max(s.last_value), 0) as counter,
        -- Numbers of this shape typed in by hand: at most this many candidates are skipped.
        (select count(*) from party p where p.tenant_id = m.tenant_id and p.reference ~ '^C[0-9]{9}$') as typed
      from missing m
      left join tenant_sequence s on s.tenant_id = m.tenant_id and s.name = 'party_reference'
      group by m.tenant_id
    ),
    candidate as (
      select need.tenant_id, value, 'C' || body || (
          select ((10 - sum(case when from_right % 2 = 1 then digit
                                  when digit * 2 > 9 then digit * 2 - 9
                                  else digit * 2 end) % 10) % 10)::text
          from (select from_right, substr(body, 8 - from_right, 1)::int as digit
                from generate_series(0, 7) as from_right) as digits
        ) as reference
      from need
      cross join lateral generate_series(need.counter + 1, need.counter + need.count + need.typed) as value
      cross join lateral lpad(value::text, 8, '0') as body
      where value < 100000000
    ),
    free as (
      select tenant_id, value, reference, row_number() over (partition by tenant_id order by value) as ordinal
      from candidate c
      where not exists (select from party p where p.tenant_id = c.tenant_id and p.reference = c.reference)
    ),
    numbered as (
      update party
      set reference = free.reference
      from missing
      join free on free.tenant_id = missing.tenant_id and free.ordinal = missing.ordinal
      where party.tenant_id = missing.tenant_id and party.id = missing.id
      returning party.tenant_id, free.value
    )
    insert into tenant_sequence (tenant_id, name, last_value)
    select tenant_id, 'party_reference', max(value) from numbered group by tenant_id
    on conflict (tenant_id, name) do update
      set last_value = greatest(tenant_sequence.last_value, excluded.last_value)`.execute(db);
}

export async function down(): Promise<void> {
  // The numbers given stay: customers may have been told them, and exports carry them.
}
