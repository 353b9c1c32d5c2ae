import type { ErrorCode, FieldError } from '@utilis/contracts';

/** An expected failure on its way to the client as problem+json; thrown only by route handlers. */
export class ProblemError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly detail?: string,
    readonly fieldErrors?: FieldError[],
  ) {
    super(detail ?? code);
  }
}

/** The value of a use case's result, or the problem its failure code names. */
export function valueOrProblem<T>(result: { ok: true; value: T } | { ok: false; code: ErrorCode; detail?: string }): T {
  if (result.ok) return result.value;
  throw new ProblemError(result.code, result.detail);
}

/** The found row, or a not-found problem. */
export function foundOrProblem<T>(value: T | undefined, code: ErrorCode): T {
  if (value === undefined) throw new ProblemError(code);
  return value;
}
