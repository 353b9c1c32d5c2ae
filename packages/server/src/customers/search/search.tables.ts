import type { ColumnType } from 'kysely';

/**
 * The tenant's dictionary of the words in party names, kept by a trigger of migration
 * 2026-11-25-0010: a misspelt word of a search is replaced by its closest entry.
 */
export interface SearchWordTable {
  tenantId: ColumnType<string, string, never>;
  word: ColumnType<string, string, never>;
}

export interface SearchTables {
  searchWord: SearchWordTable;
}
