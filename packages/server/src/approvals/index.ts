export type { ApprovalTables } from './approval.tables.ts';
export { approvalRoutes } from './approvals.routes.ts';
export type { HeldCommands } from './decide-approval.ts';
export { approvalGate } from './hold-command.ts';
