import type { ApiKey } from '@utilis/contracts';
import type { Transaction } from 'kysely';
import type { Database } from '../db/index.ts';
import { selectApiKeys } from './api-key.sql.ts';
import { toApiKey } from './api-key-dto.ts';

/** A tenant's API keys, revoked ones included, newest first. */
export async function listApiKeys(trx: Transaction<Database>, tenantId: string): Promise<ApiKey[]> {
  return (await selectApiKeys(trx, tenantId).execute()).map(toApiKey);
}
