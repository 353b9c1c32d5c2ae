import type { CommandOrigin } from './command.ts';

/** The origin of a command the operator starts from the console, a job or the demo seeding: `utilis import customers`. */
export const systemOrigin = (label: string): CommandOrigin => ({
  actor: { kind: 'system', id: null, label },
  ip: null,
  requestId: null,
  permissions: 'all',
});
