/**
 * The default of a `switch` over a union: it compiles only while every member has its case, so a
 * new member (a component kind, a usage kind) fails the build instead of silently doing nothing.
 */
export function unreachable(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
