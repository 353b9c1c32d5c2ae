/** The chain of events that belong to no tenant (tenants, groups, users, sign-ins), stored under the zero uuid. */
export const deploymentChain = '00000000-0000-0000-0000-000000000000';
