import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Each context owns its tables: another context reads and writes them only through the owner's
// exported functions. This reads every query a file names and refuses another context's table.

const source = fileURLToPath(new URL('.', import.meta.url));
// Infrastructure that is not a context: the schema, the HTTP and command plumbing, test helpers.
const notContexts = new Set(['db', 'http', 'commands', 'testing', 'health']);

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : path.endsWith('.ts') ? [path] : [];
  });

const contextOf = (file: string): string => relative(source, file).split('/')[0] ?? '';
const snake = (camel: string) => camel.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/** Table (camelCase, as Kysely names it) → the context whose `*.tables.ts` declares it. */
function tableOwners(): Map<string, string> {
  const owners = new Map<string, string>();
  for (const file of filesUnder(source).filter((path) => path.endsWith('.tables.ts'))) {
    const text = readFileSync(file, 'utf8');
    for (const block of text.matchAll(/export interface \w+Tables\s*\{([^}]*)\}/g)) {
      for (const entry of (block[1] ?? '').matchAll(/^\s*(\w+)\s*:/gm)) {
        if (entry[1]) owners.set(entry[1], contextOf(file));
      }
    }
  }
  return owners;
}

/** Every table a file's queries name: Kysely builders and raw SQL alike. */
function tablesNamedBy(text: string, owners: Map<string, string>): Set<string> {
  const named = new Set<string>();
  for (const match of text.matchAll(
    /\b(?:selectFrom|insertInto|updateTable|deleteFrom|innerJoin|leftJoin|rightJoin|fullJoin|with)\(\s*'(\w+)/g,
  )) {
    if (match[1]) named.add(match[1]);
  }
  const bySnake = new Map([...owners.keys()].map((table) => [snake(table), table]));
  for (const template of text.matchAll(/sql(?:<[^`]*?>)?`([^`]*)`/g)) {
    for (const word of (template[1] ?? '').matchAll(/\b(?:from|join|into|update|table)\s+([a-z_]+)/gi)) {
      const table = bySnake.get((word[1] ?? '').toLowerCase());
      if (table) named.add(table);
    }
  }
  return named;
}

describe('context boundaries', () => {
  it('finds the tables of every context', () => {
    const owners = tableOwners();
    expect(owners.get('party')).toBe('customers');
    expect(owners.get('meter')).toBe('metering');
    expect(owners.get('pricePlan')).toBe('tariffs');
  });

  it('lets no context query another context’s tables', () => {
    const owners = tableOwners();
    const crossings: string[] = [];
    for (const file of filesUnder(source)) {
      const context = contextOf(file);
      if (notContexts.has(context) || !file.slice(source.length).includes('/') || file.endsWith('.test.ts')) continue;
      for (const table of tablesNamedBy(readFileSync(file, 'utf8'), owners)) {
        const owner = owners.get(table);
        if (owner && owner !== context) crossings.push(`${relative(source, file)} queries ${table} of ${owner}`);
      }
    }
    expect(crossings).toEqual([]);
  });
});
