import type { Tenant } from '@utilis/contracts';
import type { Kysely } from 'kysely';
import { deploymentChain } from '../audit/index.ts';
import { type Database, withTenant } from '../db/index.ts';
import { findTenantByCode } from '../tenants/index.ts';

/** The tenant a console command names by its code (`--tenant aqua-nord`). */
export const tenantNamed = (db: Kysely<Database>, code: string): Promise<Tenant | undefined> =>
  withTenant(db, deploymentChain, (trx) => findTenantByCode(trx, code));
