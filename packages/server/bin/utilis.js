#!/usr/bin/env node
// Runs the compiled command (dist/, built by `npm ci`). After a source changed, it compiles again
// first (about a second), so a developer never runs code older than the sources.
import { pathToFileURL } from 'node:url';
import { buildServer, entryFile, isBuildCurrent } from './build.js';

process.setSourceMapsEnabled(true);
if (!(await isBuildCurrent())) {
  try {
    await buildServer();
  } catch (error) {
    // esbuild has printed each compile error with its file and line; its own stack adds nothing.
    if (!Array.isArray(error?.errors)) throw error;
    console.error('utilis: the server sources do not compile (see above)');
    process.exit(1);
  }
}
await import(pathToFileURL(entryFile).href);
