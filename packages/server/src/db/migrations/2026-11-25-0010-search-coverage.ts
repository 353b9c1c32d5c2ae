import { type Kysely, sql } from 'kysely';
import { isolateByTenantV1 } from './isolate-by-tenant-v1.ts';

// Frozen in time: this file never imports application code, so it runs the same forever.
// Search over names and premise addresses by words. Each text is indexed (GIN) by its tokens: every
// whole word (' ivanov '), the first one to four characters of each word (' i', ' iv', ' iva',
// ' ivan') and every pair of characters inside a word ('iv', 'va', …). A whole word or a word's
// beginning is then one short posting list, whatever the script, and the pairs find text inside a
// word too short for trigrams (小明 inside 王小明). Misspellings are corrected word by word against a
// small dictionary of the words in a tenant's party names, then searched as words.

export async function up(db: Kysely<unknown>): Promise<void> {
  const { rows } = await sql<{ isSuperuser: boolean }>`
    select rolsuper as "isSuperuser" from pg_roles where rolname = current_user`.execute(db);
  const isSuperuser = rows[0]?.isSuperuser === true;
  // Row-level security lets a condition use an index only if every function in it is LEAKPROOF
  // (migration 0006 says why). These two raise no error that depends on a row's value. Only a
  // superuser may set the flag: without one, search stays correct but scans until it is set.
  if (isSuperuser) {
    await sql`
      do $$
      declare fn regprocedure;
      begin
        foreach fn in array array['pg_catalog.arraycontains(anyarray, anyarray)', 'similarity_op(text, text)']::regprocedure[] loop
          if not (select proleakproof from pg_proc where oid = fn) then
            execute format('alter function %s leakproof', fn);
          end if;
        end loop;
      end $$`.execute(db);
  }
  const leakproof = sql.raw(isSuperuser ? 'leakproof' : '');

  // The text as search sees it: the parts joined, lower case, every run of spaces and punctuation
  // one space, padded by a space each side so that ' word ' finds a whole word. plpgsql, so that
  // the planner never inlines it into functions that are not leakproof.
  await sql`
    create function search_text(variadic parts text[]) returns text
      language plpgsql immutable parallel safe ${leakproof}
      as $$ begin
        return ' ' || btrim(regexp_replace(lower(array_to_string(parts, ' ')), '[[:space:][:punct:]]+', ' ', 'g')) || ' ';
      end $$`.execute(db);
  // A token ends in a space only if it is a whole word, starts with one only if it begins a word.
  // Its search_path is fixed: index builds, ANALYZE and VACUUM run it with pg_catalog alone
  // (PostgreSQL 17 and PGlite), where search_text would not be found.
  await sql`
    create function search_tokens(variadic parts text[]) returns text[]
      language plpgsql immutable parallel safe ${leakproof}
      set search_path from current
      as $$
      declare
        word text;
        tokens text[] := '{}';
        size integer;
      begin
        foreach word in array string_to_array(btrim(search_text(variadic parts)), ' ') loop
          tokens := tokens || (' ' || word || ' ');
          for size in 1 .. least(4, length(word)) loop
            tokens := tokens || (' ' || left(word, size));
          end loop;
          for size in 1 .. length(word) - 1 loop
            tokens := tokens || substr(word, size, 2);
          end loop;
        end loop;
        return array(select distinct token from unnest(tokens) as token);
      end $$`.execute(db);

  await sql`create index party_name_search_idx on party using gin (search_tokens(display_name))`.execute(db);
  await sql`
    create index premise_address_search_idx on premise
      using gin (search_tokens(address_line1, address_line2, city, postal_code))`.execute(db);
  // The trigram GiST of names (0006) served the nearest-neighbour name search this replaces.
  await sql`drop index party_name_trgm_idx`.execute(db);

  // Every word of three or more characters in a tenant's party names, once: a misspelt word is
  // looked up here by trigram similarity (a few thousand rows, not a million names), then the
  // names are searched for the corrected word. Words are only added: a stale one finds nothing.
  await db.schema
    .createTable('search_word')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull().references('tenant.id'))
    .addColumn('word', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('search_word_pk', ['tenant_id', 'word'])
    .execute();
  await sql`create index search_word_trgm_idx on search_word using gin (word gin_trgm_ops)`.execute(db);
  await sql`grant select, insert on search_word to utilis_app`.execute(db);
  await isolateByTenantV1(db, 'search_word');
  await sql`
    create function remember_party_search_words() returns trigger
      language plpgsql
      set search_path from current
      as $$ begin
        insert into search_word (tenant_id, word)
          select new.tenant_id, word
          from unnest(string_to_array(btrim(search_text(new.display_name)), ' ')) as word
          where length(word) >= 3
          on conflict do nothing;
        return null;
      end $$`.execute(db);
  await sql`
    create trigger party_search_words after insert or update of display_name on party
      for each row execute function remember_party_search_words()`.execute(db);
  await sql`
    insert into search_word (tenant_id, word)
      select distinct party.tenant_id, word
      from party, unnest(string_to_array(btrim(search_text(party.display_name)), ' ')) as word
      where length(word) >= 3`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop trigger party_search_words on party`.execute(db);
  await sql`drop function remember_party_search_words()`.execute(db);
  await db.schema.dropTable('search_word').execute();
  await sql`create index party_name_trgm_idx on party using gist (lower(display_name) gist_trgm_ops)`.execute(db);
  await db.schema.dropIndex('premise_address_search_idx').execute();
  await db.schema.dropIndex('party_name_search_idx').execute();
  await sql`drop function search_tokens(text[])`.execute(db);
  await sql`drop function search_text(text[])`.execute(db);
}
