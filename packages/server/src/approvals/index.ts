export { type ActionContext, type ApprovableAction, approvableAction } from './approvable-action.ts';
export type { ApprovalTables } from './approval.tables.ts';
export { approvalRoutes } from './approvals.routes.ts';
export { type ApprovableRoutes, registerApprovalHold } from './hold-for-approval.ts';
