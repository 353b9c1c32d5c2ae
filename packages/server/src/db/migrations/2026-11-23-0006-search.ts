import { type Kysely, sql } from 'kysely';

// Frozen in time: this file never imports application code, so it runs the same forever.
// pg_trgm is an untrusted extension: creating it needs a superuser (see docs/operations.md).
// Trigram indexes answer substring (LIKE) and fuzzy (word similarity) matches in any script. Names
// get GiST, whose nearest-neighbour order (<<->) returns the best 20 of 50,000 "Ivanov"s without
// ranking them all; e-mails, phone digits and account numbers get GIN for substrings. Each indexed
// expression is the very expression the search queries compare, or the index is unused.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create extension if not exists pg_trgm`.execute(db);
  // Row-level security lets a condition use an index only if every function in it is LEAKPROOF
  // (else the policy must filter first: a sequential scan of the tenant). These cannot reveal other
  // tenants' rows: their only errors depend on the pattern the query supplies, never on a row.
  // pg_catalog functions change only for a superuser, so an administrator may have done it already.
  await sql`
    do $$
    declare fn regprocedure;
    begin
      foreach fn in array array[
        'pg_catalog.lower(text)', 'pg_catalog.textlike(text, text)',
        'pg_catalog.regexp_replace(text, text, text, text)',
        'word_similarity_op(text, text)', 'word_similarity_commutator_op(text, text)'
      ]::regprocedure[] loop
        if not (select proleakproof from pg_proc where oid = fn) then
          execute format('alter function %s leakproof', fn);
        end if;
      end loop;
    end $$`.execute(db);
  await sql`create index party_name_trgm_idx on party using gist (lower(display_name) gist_trgm_ops)`.execute(db);
  await sql`create index party_email_trgm_idx on party using gin (lower(email) gin_trgm_ops)`.execute(db);
  // Exact e-mails by B-tree: every address shares the trigrams of a few mail domains.
  await sql`create index party_email_lower_idx on party (lower(email))`.execute(db);
  await sql`
    create index party_phone_digits_trgm_idx on party
      using gin (regexp_replace(phone, '[^0-9]', '', 'g') gin_trgm_ops)`.execute(db);
  await sql`create index account_number_trgm_idx on account using gin (lower(account_number) gin_trgm_ops)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const index of [
    'account_number_trgm_idx',
    'party_email_lower_idx',
    'party_phone_digits_trgm_idx',
    'party_email_trgm_idx',
    'party_name_trgm_idx',
  ]) {
    await db.schema.dropIndex(index).execute();
  }
  // The extension stays: another schema object may have come to depend on it.
}
