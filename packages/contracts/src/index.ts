export * from './accounts.ts';
export * from './errors.ts';
export * from './fields.ts';
export * from './health.ts';
export * from './pagination.ts';
export * from './parties.ts';
export * from './tariffs.ts';
export * from './tenants.ts';
