import type {
  CreateCustomFieldDefinition,
  CustomFieldDefinition,
  CustomFieldEntity,
  CustomFieldValues,
  UpdateCustomFieldDefinition,
} from '@utilis/contracts';
import { apiRequest } from '../../../api/api-request.ts';

export const customFieldKeys = {
  ofTenant: (tenantId: string) => ['custom-fields', tenantId] as const,
  definitions: (tenantId: string, entity: CustomFieldEntity) =>
    ['custom-fields', tenantId, 'definitions', entity] as const,
  values: (tenantId: string, entity: CustomFieldEntity, entityId: string) =>
    ['custom-fields', tenantId, 'values', entity, entityId] as const,
};

const definitionsPath = (tenantId: string) => `/api/v1/tenants/${encodeURIComponent(tenantId)}/custom-fields`;

/** Where an entity's values live: under the entity's own resource. */
const entityCollections = { party: 'parties', account: 'accounts', premise: 'premises' } as const;
const valuesPath = (tenantId: string, entity: CustomFieldEntity, entityId: string) =>
  `/api/v1/tenants/${encodeURIComponent(tenantId)}/${entityCollections[entity]}/${encodeURIComponent(entityId)}/custom-fields`;

export const listCustomFieldDefinitions = (tenantId: string, entity: CustomFieldEntity, signal?: AbortSignal) =>
  apiRequest<{ items: CustomFieldDefinition[] }>(definitionsPath(tenantId), { query: { entity }, signal });

export const createCustomFieldDefinition = ({
  tenantId,
  body,
}: {
  tenantId: string;
  body: CreateCustomFieldDefinition;
}) => apiRequest<CustomFieldDefinition>(definitionsPath(tenantId), { method: 'POST', body });

export const updateCustomFieldDefinition = ({
  tenantId,
  fieldId,
  body,
}: {
  tenantId: string;
  fieldId: string;
  body: UpdateCustomFieldDefinition;
}) =>
  apiRequest<CustomFieldDefinition>(`${definitionsPath(tenantId)}/${encodeURIComponent(fieldId)}`, {
    method: 'PATCH',
    body,
  });

export const getCustomFieldValues = (
  tenantId: string,
  entity: CustomFieldEntity,
  entityId: string,
  signal?: AbortSignal,
) => apiRequest<CustomFieldValues>(valuesPath(tenantId, entity, entityId), { signal });

export const setCustomFieldValues = ({
  tenantId,
  entity,
  entityId,
  values,
}: {
  tenantId: string;
  entity: CustomFieldEntity;
  entityId: string;
  values: Record<string, string | null>;
}) => apiRequest<CustomFieldValues>(valuesPath(tenantId, entity, entityId), { method: 'PUT', body: { values } });
