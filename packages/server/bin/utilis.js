#!/usr/bin/env node
// The server runs its TypeScript sources directly; tsx compiles them on load.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
