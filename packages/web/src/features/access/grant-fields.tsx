import { Select, SimpleGrid, TextInput } from '@mantine/core';
import type { GrantScope } from '@utilis/contracts';
import { useTranslation } from 'react-i18next';
import { useAccessLabels } from './use-access-labels.ts';
import type { NewGrant } from './users-api.ts';

const scopeKinds = ['deployment', 'group', 'tenant', 'branch'] as const satisfies readonly GrantScope['scope'][];

/** A grant being typed in: every field a scope may need, kept while the scope kind changes. */
export type GrantDraft = {
  roleId: string;
  scope: GrantScope['scope'];
  tenantGroupId: string;
  tenantId: string;
  branchCode: string;
};
type DraftField = Exclude<keyof GrantDraft, 'scope'>;

export const emptyGrantDraft = (tenantId = ''): GrantDraft => ({
  roleId: '',
  scope: 'tenant',
  tenantGroupId: '',
  tenantId,
  branchCode: '',
});

/** The fields the draft's scope needs but lacks: none means it can be sent. */
export function missingGrantFields(draft: GrantDraft): DraftField[] {
  const needed: DraftField[] = ['roleId'];
  if (draft.scope === 'group') needed.push('tenantGroupId');
  if (draft.scope === 'tenant' || draft.scope === 'branch') needed.push('tenantId');
  if (draft.scope === 'branch') needed.push('branchCode');
  return needed.filter((field) => !draft[field].trim());
}

export function toNewGrant(draft: GrantDraft): NewGrant {
  const scope: GrantScope =
    draft.scope === 'deployment'
      ? { scope: 'deployment' }
      : draft.scope === 'group'
        ? { scope: 'group', tenantGroupId: draft.tenantGroupId }
        : draft.scope === 'tenant'
          ? { scope: 'tenant', tenantId: draft.tenantId }
          : { scope: 'branch', tenantId: draft.tenantId, branchCode: draft.branchCode.trim() };
  return { roleId: draft.roleId, scope };
}

/** Picks a role and where it applies: the whole deployment, a tenant group, a tenant, or one branch of a tenant. */
export function GrantFields({
  value,
  onChange,
  errors = {},
}: {
  value: GrantDraft;
  onChange: (draft: GrantDraft) => void;
  errors?: Partial<Record<DraftField, string>>;
}) {
  const { t } = useTranslation();
  const labels = useAccessLabels();
  const set = (field: keyof GrantDraft) => (next: string | null) => onChange({ ...value, [field]: next ?? '' });

  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <Select
        label={t('grants.role')}
        withAsterisk
        data={labels.roles.map((role) => ({ value: role.id, label: labels.role(role) }))}
        value={value.roleId || null}
        onChange={set('roleId')}
        error={errors.roleId}
        nothingFoundMessage={t('grants.nothingFound')}
        allowDeselect={false}
        searchable
      />
      <Select
        label={t('grants.scope')}
        withAsterisk
        data={scopeKinds.map((kind) => ({ value: kind, label: t(`grants.scopeKinds.${kind}`) }))}
        value={value.scope}
        onChange={(kind) => {
          const chosen = scopeKinds.find((candidate) => candidate === kind);
          if (chosen) onChange({ ...value, scope: chosen });
        }}
        allowDeselect={false}
      />
      {value.scope === 'group' && (
        <Select
          label={t('grants.group')}
          withAsterisk
          data={labels.groups.map((group) => ({ value: group.id, label: group.name }))}
          value={value.tenantGroupId || null}
          onChange={set('tenantGroupId')}
          error={errors.tenantGroupId}
          allowDeselect={false}
          nothingFoundMessage={t('grants.nothingFound')}
        />
      )}
      {(value.scope === 'tenant' || value.scope === 'branch') && (
        <Select
          label={t('grants.tenant')}
          withAsterisk
          data={labels.tenants.map((tenant) => ({ value: tenant.id, label: tenant.name }))}
          value={value.tenantId || null}
          onChange={set('tenantId')}
          error={errors.tenantId}
          allowDeselect={false}
          searchable={labels.tenants.length > 8}
          nothingFoundMessage={t('grants.nothingFound')}
        />
      )}
      {value.scope === 'branch' && (
        <TextInput
          label={t('grants.branchCode')}
          description={t('grants.branchCodeHint')}
          withAsterisk
          value={value.branchCode}
          onChange={(event) => set('branchCode')(event.currentTarget.value)}
          error={errors.branchCode}
          autoComplete="off"
        />
      )}
    </SimpleGrid>
  );
}
