import type {
  Account,
  AccountBenefit,
  AccountFactEntryRecord,
  AccountFactKindName,
  AccountProtection,
  CreateAccount,
  HouseholdPerson,
  ReplaceAccountBenefits,
  ReplaceAccountProtections,
  ReplaceHouseholdPersons,
  UpdateAccount,
} from '@utilis/contracts';
import { apiRequest } from '../../../api/api-request.ts';
import type { Page } from '../../../api/page.ts';

export const accountKeys = {
  ofTenant: (tenantId: string) => ['accounts', tenantId] as const,
  list: (tenantId: string, q: string) => ['accounts', tenantId, 'list', q] as const,
  choices: (tenantId: string, q: string) => ['accounts', tenantId, 'choices', q] as const,
};

const accountsPath = (tenantId: string) => `/api/v1/tenants/${encodeURIComponent(tenantId)}/accounts`;

export const listAccounts = (
  tenantId: string,
  query: { limit?: number; cursor?: string; q?: string; partyId?: string },
  signal?: AbortSignal,
) => apiRequest<Page<Account>>(accountsPath(tenantId), { query, signal });

export const createAccount = ({ tenantId, body }: { tenantId: string; body: CreateAccount }) =>
  apiRequest<Account>(accountsPath(tenantId), { method: 'POST', body });

export const updateAccount = ({
  tenantId,
  accountId,
  body,
}: {
  tenantId: string;
  accountId: string;
  body: UpdateAccount;
}) => apiRequest<Account>(`${accountsPath(tenantId)}/${encodeURIComponent(accountId)}`, { method: 'PATCH', body });

/** The dated lists of an account, each read and set whole. */
export type AccountListName = 'household-persons' | 'protections' | 'benefits';

const accountListPath = (tenantId: string, accountId: string, list: AccountListName) =>
  `${accountsPath(tenantId)}/${encodeURIComponent(accountId)}/${list}`;

export const accountListKey = (tenantId: string, accountId: string, list: AccountListName) =>
  ['accounts', tenantId, 'lists', accountId, list] as const;

export const getHouseholdPersons = (tenantId: string, accountId: string, signal?: AbortSignal) =>
  apiRequest<{ items: HouseholdPerson[] }>(accountListPath(tenantId, accountId, 'household-persons'), { signal });
export const putHouseholdPersons = (tenantId: string, accountId: string, body: ReplaceHouseholdPersons) =>
  apiRequest<{ items: HouseholdPerson[] }>(accountListPath(tenantId, accountId, 'household-persons'), {
    method: 'PUT',
    body,
  });

export const getAccountProtections = (tenantId: string, accountId: string, signal?: AbortSignal) =>
  apiRequest<{ items: AccountProtection[] }>(accountListPath(tenantId, accountId, 'protections'), { signal });
export const putAccountProtections = (tenantId: string, accountId: string, body: ReplaceAccountProtections) =>
  apiRequest<{ items: AccountProtection[] }>(accountListPath(tenantId, accountId, 'protections'), {
    method: 'PUT',
    body,
  });

export const getAccountBenefits = (tenantId: string, accountId: string, signal?: AbortSignal) =>
  apiRequest<{ items: AccountBenefit[] }>(accountListPath(tenantId, accountId, 'benefits'), { signal });
export const putAccountBenefits = (tenantId: string, accountId: string, body: ReplaceAccountBenefits) =>
  apiRequest<{ items: AccountBenefit[] }>(accountListPath(tenantId, accountId, 'benefits'), { method: 'PUT', body });

export const accountFactHistoryKey = (tenantId: string, accountId: string) =>
  ['accounts', tenantId, 'lists', accountId, 'facts'] as const;

/** The account's fact log, latest recorded first: every change of its billing inputs, with who and why. */
export const getAccountFactHistory = (
  tenantId: string,
  accountId: string,
  query: { limit?: number; cursor?: string; kind?: AccountFactKindName },
  signal?: AbortSignal,
) =>
  apiRequest<Page<AccountFactEntryRecord>>(`${accountsPath(tenantId)}/${encodeURIComponent(accountId)}/facts`, {
    query,
    signal,
  });

export const getAccount = (tenantId: string, accountId: string, signal?: AbortSignal) =>
  apiRequest<Account>(`${accountsPath(tenantId)}/${encodeURIComponent(accountId)}`, { signal });
