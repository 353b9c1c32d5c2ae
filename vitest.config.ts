import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/src/**/*.test.tsx'],
    // Migrates once: PostgreSQL itself, or the PGlite template each test file's database is loaded from.
    globalSetup: ['packages/server/src/db/testing/global-setup.ts'],
    // Vitest's default leaves a core to its own process, which on a two-core machine means one file
    // at a time while that process idles.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // A worker keeps the modules it loaded (the whole app, PGlite's WebAssembly) for its next file
    // instead of loading them again, which cost seconds per file. Files stay independent: each opens
    // its own fresh database, and no test mocks a module or relies on module state.
    isolate: false,
    // Limits that catch a hang, not a slow machine: a busy two-core machine runs a file many times
    // slower than an idle one. Tests that start processes set their own, longer ones.
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
