import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCurrentTenant } from './current-tenant.tsx';

/** Chooses the tenant to work in; `onSwitch` hears of a choice of another tenant. */
export function TenantSwitcher({ onSwitch }: { onSwitch?: () => void }) {
  const { t } = useTranslation();
  const { tenant, tenants, isLoading, selectTenant } = useCurrentTenant();
  return (
    <Select
      aria-label={t('tenantSwitcher.label')}
      placeholder={
        isLoading
          ? t('common.loading')
          : tenants.length === 0
            ? t('tenantSwitcher.none')
            : t('tenantSwitcher.placeholder')
      }
      data={tenants.map((choice) => ({ value: choice.id, label: choice.name }))}
      value={tenant?.id ?? null}
      onChange={(tenantId) => {
        if (!tenantId || tenantId === tenant?.id) return;
        selectTenant(tenantId);
        onSwitch?.();
      }}
      allowDeselect={false}
      searchable={tenants.length > 8}
      nothingFoundMessage={t('tenantSwitcher.nothingFound')}
      disabled={!isLoading && tenants.length === 0}
      w={{ base: 128, sm: 240 }}
    />
  );
}
