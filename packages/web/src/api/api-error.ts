import type { FieldError, Problem } from '@utilis/contracts';

/** A failed API call: the server's problem details when it sent them, otherwise why none came back. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | null;
  readonly reason: 'problem' | 'network' | 'unexpected';

  constructor({
    status,
    problem,
    reason,
  }: {
    status: number;
    problem: Problem | null;
    reason: ApiError['reason'];
  }) {
    super(problem?.title ?? `Request failed (${reason}, HTTP ${status})`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
    this.reason = reason;
  }

  get fieldErrors(): FieldError[] {
    return this.problem?.errors ?? [];
  }
}
