import type {
  CreateParty,
  IdentityDocument,
  Party,
  PartyContact,
  ReplaceIdentityDocuments,
  ReplacePartyContacts,
  UpdateParty,
} from '@utilis/contracts';
import { apiRequest } from '../../../api/api-request.ts';
import type { Page } from '../../../api/page.ts';

export const partyKeys = {
  ofTenant: (tenantId: string) => ['parties', tenantId] as const,
  list: (tenantId: string, q: string) => ['parties', tenantId, 'list', q] as const,
  choices: (tenantId: string, q: string) => ['parties', tenantId, 'choices', q] as const,
};

const partiesPath = (tenantId: string) => `/api/v1/tenants/${encodeURIComponent(tenantId)}/parties`;

export const listParties = (
  tenantId: string,
  query: { limit?: number; cursor?: string; q?: string },
  signal?: AbortSignal,
) => apiRequest<Page<Party>>(partiesPath(tenantId), { query, signal });

export const createParty = ({ tenantId, body }: { tenantId: string; body: CreateParty }) =>
  apiRequest<Party>(partiesPath(tenantId), { method: 'POST', body });

export const updateParty = ({ tenantId, partyId, body }: { tenantId: string; partyId: string; body: UpdateParty }) =>
  apiRequest<Party>(`${partiesPath(tenantId)}/${encodeURIComponent(partyId)}`, { method: 'PATCH', body });

/** The lists of a party, each read and set whole. */
export type PartyListName = 'identity-documents' | 'contacts';

const partyListPath = (tenantId: string, partyId: string, list: PartyListName) =>
  `${partiesPath(tenantId)}/${encodeURIComponent(partyId)}/${list}`;

export const partyListKey = (tenantId: string, partyId: string, list: PartyListName) =>
  ['parties', tenantId, 'lists', partyId, list] as const;

export const getIdentityDocuments = (tenantId: string, partyId: string, signal?: AbortSignal) =>
  apiRequest<{ items: IdentityDocument[] }>(partyListPath(tenantId, partyId, 'identity-documents'), { signal });
export const putIdentityDocuments = (tenantId: string, partyId: string, body: ReplaceIdentityDocuments) =>
  apiRequest<{ items: IdentityDocument[] }>(partyListPath(tenantId, partyId, 'identity-documents'), {
    method: 'PUT',
    body,
  });

export const getPartyContacts = (tenantId: string, partyId: string, signal?: AbortSignal) =>
  apiRequest<{ items: PartyContact[] }>(partyListPath(tenantId, partyId, 'contacts'), { signal });
export const putPartyContacts = (tenantId: string, partyId: string, body: ReplacePartyContacts) =>
  apiRequest<{ items: PartyContact[] }>(partyListPath(tenantId, partyId, 'contacts'), { method: 'PUT', body });
