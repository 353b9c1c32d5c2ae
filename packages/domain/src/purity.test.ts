import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The domain decides; it never touches the world. Time and ids come in as arguments.
const forbidden = [
  /from ['"]node:/,
  /from ['"](pg|kysely|@electric-sql\/pglite|fastify)['"]/,
  /\bDate\.now\(/,
  /\bnew Date\(\)/,
  /\bMath\.random\(/,
  /Temporal\.Now\b/,
  /\bprocess\./,
];

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });

describe('the domain package', () => {
  it.each(sourceFiles(import.meta.dirname))('%s uses no I/O, clock or randomness', (file) => {
    const source = readFileSync(file, 'utf8');
    for (const pattern of forbidden) expect(source, `${file} matches ${pattern}`).not.toMatch(pattern);
  });
});
