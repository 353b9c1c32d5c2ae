import type { CommandRunnerDeps } from './commands/index.ts';

/** What use cases and the command runner need from the world; tests pass a pinned clock and predictable ids. */
export type UseCaseDeps = CommandRunnerDeps;
