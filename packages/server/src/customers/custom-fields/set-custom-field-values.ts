import type { CustomFieldEntity } from '@utilis/contracts';
import { type CustomValuesError, decideCustomValues, fail, ok } from '@utilis/domain';
import { defineCommand } from '../../commands/index.ts';
import { selectCustomFieldDefinitions, selectCustomFieldValues, writeCustomFieldValues } from './custom-field.sql.ts';
import { type StoredCustomFieldValues, toCustomFieldValues } from './custom-field-dto.ts';
import { type EntityNotFound, entityNotFound, isEntityInReach } from './entity-in-reach.ts';
import { findCustomFieldValues } from './find-custom-field-values.ts';
import { readCustomFieldValues } from './read-custom-field-values.ts';

type ValuesChange = {
  entityId: string;
  /** The branches the caller's edit permission is limited to; null when held tenant-wide. */
  branches: readonly string[] | null;
  /** Field key → typed text, or null to clear; keys left out keep their value. */
  changes: Readonly<Record<string, string | null>>;
};

const branchSet = (branches: readonly string[] | null) => (branches === null ? null : new Set(branches));

/** The command setting the values of one kind of entity, under that entity's own edit permission. */
const setValuesOf = (entity: CustomFieldEntity, permission: 'parties.edit' | 'accounts.edit') =>
  defineCommand<ValuesChange, StoredCustomFieldValues, EntityNotFound | CustomValuesError>({
    name: `${entity}.set_custom_fields`,
    entity,
    permission,
    entityId: ({ entityId }) => entityId,
    // The entity's row lock, taken here, makes two edits of its values check required fields one at a time.
    before: async ({ trx, tenant }, { entityId, branches }) => {
      const target = { tenantId: tenant.id, entity, entityId, branches: branchSet(branches) };
      const found = await findCustomFieldValues(trx, target, { lock: true });
      return found.ok ? toCustomFieldValues(found.value) : null;
    },
    audited: (values) => toCustomFieldValues(values),
    execute: async ({ trx, tenant, now }, { entityId, branches, changes }) => {
      const target = { tenantId: tenant.id, entity, entityId };
      if (!(await isEntityInReach(trx, { ...target, branches: branchSet(branches), isForUpdate: true }))) {
        return fail(entityNotFound[entity]);
      }
      // Shared locks: a definition's type cannot change while values of it are being written.
      const fields = await selectCustomFieldDefinitions(trx, { tenantId: tenant.id, entity }, { share: true });
      const filled = await selectCustomFieldValues(trx, target);
      const decided = decideCustomValues({
        fields,
        filledFieldIds: new Set(filled.map((row) => row.fieldId)),
        changes,
      });
      if (!decided.ok) return decided;
      await writeCustomFieldValues(trx, target, decided.value, new Date(now().epochMilliseconds));
      return ok(await readCustomFieldValues(trx, target));
    },
  });

/** Sets or clears some custom field values of a party, account or premise: one command per kind of entity. */
export const setCustomFieldValues = {
  party: setValuesOf('party', 'parties.edit'),
  account: setValuesOf('account', 'accounts.edit'),
  premise: setValuesOf('premise', 'accounts.edit'),
} as const satisfies Record<CustomFieldEntity, unknown>;
