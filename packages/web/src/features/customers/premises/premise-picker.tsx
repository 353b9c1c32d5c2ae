import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Premise } from '@utilis/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { premiseLabel } from './premise-label.ts';
import { listPremises, premiseKeys } from './premises-api.ts';

/** Picks a premise by asking the API for addresses or references that contain what is typed. */
export function PremisePicker({
  tenantId,
  label,
  description,
  value,
  onChange,
  error,
  isRequired = false,
  excludeId,
}: {
  tenantId: string;
  label: string;
  description?: string;
  value: Premise | null;
  onChange: (premise: Premise | null) => void;
  error?: string;
  isRequired?: boolean;
  /** A premise that may not be chosen: the one being edited, as its own building. */
  excludeId?: string;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const isSearchTheChoice = value !== null && q === premiseLabel(value);
  const query = useQuery({
    queryKey: premiseKeys.choices(tenantId, isSearchTheChoice ? '' : q),
    queryFn: ({ signal }) => listPremises(tenantId, { limit: 20, q: isSearchTheChoice ? undefined : q }, signal),
    placeholderData: keepPreviousData,
  });
  const found = (query.data?.items ?? []).filter((premise) => premise.id !== excludeId);
  const choices = value && !found.some((premise) => premise.id === value.id) ? [value, ...found] : found;

  return (
    <Select
      label={label}
      description={description}
      placeholder={t('customers.premises.pickerPlaceholder')}
      withAsterisk={isRequired}
      searchable
      clearable={!isRequired}
      data={choices.map((premise) => ({ value: premise.id, label: premiseLabel(premise) }))}
      filter={({ options }) => options}
      searchValue={search}
      onSearchChange={setSearch}
      value={value?.id ?? null}
      onChange={(premiseId) => onChange(choices.find((premise) => premise.id === premiseId) ?? null)}
      nothingFoundMessage={query.isFetching ? t('common.loading') : t('customers.premises.pickerNothingFound')}
      error={error}
    />
  );
}
