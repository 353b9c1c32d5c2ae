export type { CommandTables } from './command.tables.ts';
export {
  type AnyCommand,
  type Command,
  type CommandContext,
  type CommandOrigin,
  type CommandScope,
  defineCommand,
} from './command.ts';
export { executeCommand } from './execute-command.ts';
export { type ApprovalGate, type CommandOutcome, type CommandRunnerDeps, runCommand } from './run-command.ts';
export { systemOrigin } from './system-origin.ts';
