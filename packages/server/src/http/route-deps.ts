import type { UseCaseDeps } from '../deps.ts';

/** Options every context's route plugin receives. */
export interface RouteOptions {
  deps: UseCaseDeps;
}
