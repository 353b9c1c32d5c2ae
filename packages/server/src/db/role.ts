/**
 * The application queries as this role, never as the connecting (possibly super) user, so
 * row-level security applies to every query. The first migration creates it.
 */
export const applicationRole = 'utilis_app';

/** The per-transaction setting the row-level security policies read. */
export const tenantSetting = 'utilis.tenant_id';
