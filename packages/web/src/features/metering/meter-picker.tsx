import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Meter } from '@utilis/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listMeters, meterKeys } from './meters-api.ts';

/** Picks a meter by serial, asking the API so any meter of the registry can be found. */
export function MeterPicker({
  tenantId,
  label,
  value,
  onChange,
  isChoosable = () => true,
  isRequired = false,
  error,
}: {
  tenantId: string;
  label: string;
  value: Meter | null;
  onChange: (meter: Meter | null) => void;
  /** Which meters may be picked here, e.g. only those in stock for an exchange. */
  isChoosable?: (meter: Meter) => boolean;
  isRequired?: boolean;
  error?: string;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const isSearchTheChoice = value !== null && q === value.serial;
  const query = useQuery({
    queryKey: meterKeys.choices(tenantId, isSearchTheChoice ? '' : q),
    queryFn: ({ signal }) => listMeters(tenantId, { limit: 20, q: isSearchTheChoice ? undefined : q }, signal),
    placeholderData: keepPreviousData,
  });
  const found = (query.data?.items ?? []).filter(isChoosable);
  const choices = value && !found.some((meter) => meter.id === value.id) ? [value, ...found] : found;

  return (
    <Select
      label={label}
      placeholder={t('meters.picker.placeholder')}
      withAsterisk={isRequired}
      searchable
      clearable={!isRequired}
      data={choices.map((meter) => ({
        value: meter.id,
        label: `${meter.serial} · ${t(`meters.kinds.${meter.kind}`)}`,
      }))}
      filter={({ options }) => options}
      searchValue={search}
      onSearchChange={setSearch}
      value={value?.id ?? null}
      onChange={(meterId) => onChange(choices.find((meter) => meter.id === meterId) ?? null)}
      nothingFoundMessage={query.isFetching ? t('common.loading') : t('meters.picker.nothingFound')}
      error={error}
    />
  );
}
