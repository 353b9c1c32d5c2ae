import type { HeldGrant } from '@utilis/domain';
import type { FastifyRequest } from 'fastify';

/** Who is making a request: a signed-in person or an integration key, with what they hold. */
export interface Principal {
  readonly kind: 'user' | 'api_key';
  readonly id: string;
  /** The e-mail of a person or the name of a key, for the audit trail. */
  readonly label: string;
  readonly grants: readonly HeldGrant[];
  readonly session: { readonly tokenHash: string; readonly csrfTokenHash: string; readonly expiresAt: Date } | null;
}

const principals = new WeakMap<FastifyRequest, Principal>();

export const setPrincipal = (request: FastifyRequest, principal: Principal): void => {
  principals.set(request, principal);
};

/** The principal of an authenticated request; undefined on public routes. */
export const principalOf = (request: FastifyRequest): Principal | undefined => principals.get(request);

/** The principal of a route that requires one: its absence is a wiring bug, not a user error. */
export function requirePrincipal(request: FastifyRequest): Principal {
  const principal = principals.get(request);
  if (!principal) throw new Error(`${request.method} ${request.url} has no principal: is it declared public?`);
  return principal;
}
