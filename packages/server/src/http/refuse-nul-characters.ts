import type { FieldError } from '@utilis/contracts';
import type { FastifyInstance } from 'fastify';
import { ProblemError } from './problem-error.ts';

const nul = '\u0000';

/**
 * PostgreSQL text and jsonb cannot hold U+0000, so a request carrying one anywhere (a value or a
 * key, however deep) is refused as bad input naming the place, instead of failing in the database.
 */
export function registerNulRefusal(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const places = [
      ...placesOfNul(request.body, 'body'),
      ...placesOfNul(request.query, 'query'),
      ...placesOfNul(request.params, 'path'),
    ];
    if (places.length === 0) return;
    throw new ProblemError(
      'validation_failed',
      undefined,
      places.map((path): FieldError => ({ path, code: 'nul_character', message: 'Text may not contain U+0000' })),
    );
  });
}

// Iterative, so a deeply nested body cannot exhaust the stack.
function placesOfNul(root: unknown, rootPath: string): string[] {
  const places: string[] = [];
  const pending: [unknown, string][] = [[root, rootPath]];
  while (pending.length > 0 && places.length < 20) {
    const [value, path] = pending.pop() as [unknown, string];
    if (typeof value === 'string') {
      if (value.includes(nul)) places.push(path);
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => {
        pending.push([item, `${path}.${index}`]);
      });
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) {
        if (key.includes(nul)) places.push(`${path}.${key.replaceAll(nul, '\\u0000')}`);
        else pending.push([item, `${path}.${key}`]);
      }
    }
  }
  return places;
}
