import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// A switch over a union must stop compiling when the union grows: its default hands the value to
// `unreachable(value: never)` (or assigns it to `never`). Otherwise a new component kind rates nothing.

const packages = fileURLToPath(new URL('../../', import.meta.url));

const sourcesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    if (name === 'node_modules' || name === 'dist') return [];
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourcesUnder(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });

/** The text of each `switch (…) { … }` in a file, braces matched. */
function switchesIn(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/\bswitch\s*\(/g)) {
    const open = text.indexOf('{', match.index);
    let depth = 0;
    for (let at = open; at < text.length; at++) {
      if (text[at] === '{') depth++;
      else if (text[at] === '}' && --depth === 0) {
        found.push(text.slice(match.index, at + 1));
        break;
      }
    }
  }
  return found;
}

describe('switches over unions', () => {
  it('all end in a default that only a never value reaches', () => {
    const open: string[] = [];
    for (const dir of ['domain', 'contracts', 'server', 'web'].map((name) => join(packages, name, 'src'))) {
      for (const file of sourcesUnder(dir)) {
        for (const block of switchesIn(readFileSync(file, 'utf8'))) {
          if (!/default:[\s\S]*(unreachable\(|:\s*never\b)/.test(block)) {
            open.push(`${relative(packages, file)}: ${block.split('\n')[0]}`);
          }
        }
      }
    }
    expect(open).toEqual([]);
  });
});
