export { auditRoutes } from './audit.routes.ts';
export type { AuditTables } from './audit.tables.ts';
export { deploymentChain } from './deployment-chain.ts';
export { chainsWithPendingEvents, linkAuditEvents } from './link-audit-events.ts';
export { type EntityEvent, listEntityEvents } from './list-entity-events.ts';
export { type AuditActor, type NewAuditEvent, recordAuditEvent } from './record-audit-event.ts';
export { type BrokenLink, type ChainVerification, verifyAuditChain } from './verify-audit-chain.ts';
