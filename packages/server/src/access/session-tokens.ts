import { createHash } from 'node:crypto';
import { hashOfToken } from './secret-token.ts';

/**
 * The CSRF token of a session, derived from its secret cookie token: only someone who can read
 * the cookie's value (the server) can compute it, and the browser app receives it in JSON.
 */
export const csrfTokenOf = (sessionToken: string): string =>
  createHash('sha256').update(`csrf:${sessionToken}`, 'utf8').digest('base64url');

/** The public id of a session: derived from its stored hash, useless for signing in. */
export const sessionIdOf = (tokenHash: string): string => hashOfToken(`session:${tokenHash}`).slice(0, 32);
