import type { Kysely } from 'kysely';
import type { Temporal } from 'temporal-polyfill';
import type { Database } from './db/index.ts';

/** What use cases need from the world; tests pass a pinned clock and predictable ids. */
export interface UseCaseDeps {
  db: Kysely<Database>;
  now: () => Temporal.Instant;
  newId: () => string;
}
