import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 256 random bits as URL-safe text: session tokens, CSRF tokens, API key secrets. */
export const newSecretToken = (): string => randomBytes(32).toString('base64url');

/** Only this hash is stored; the token itself is shown once and kept by its holder. */
export const hashOfToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

export function tokenMatches(token: string, expectedHash: string): boolean {
  const actual = Buffer.from(hashOfToken(token), 'hex');
  const expected = Buffer.from(expectedHash, 'hex');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
