import type { RatingErrorCode } from './rating.ts';

/** Raised deep inside rating and turned into a failed Result by rate() itself, never beyond it. */
export class RatingFailure extends Error {
  constructor(
    readonly code: RatingErrorCode,
    readonly detail: string,
  ) {
    super(`${code}: ${detail}`);
  }
}
