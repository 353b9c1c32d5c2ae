import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { errorCodes, errorStatus } from './errors.ts';

// docs/errors.md is the list integrators read; it must name every code with its status.
const documented = new Map(
  [
    ...readFileSync(new URL('../../../docs/errors.md', import.meta.url), 'utf8').matchAll(
      /^\|\s*`([a-z_]+)`\s*\|\s*(\d{3})\s*\|/gm,
    ),
  ].map((match) => [match[1], Number(match[2])]),
);

describe('docs/errors.md', () => {
  it('lists every error code with its HTTP status', () => {
    for (const code of errorCodes) expect(documented.get(code), code).toBe(errorStatus[code]);
  });

  it('lists no code the API does not have', () => {
    expect([...documented.keys()].filter((code) => !(errorCodes as readonly string[]).includes(code ?? ''))).toEqual(
      [],
    );
  });
});
