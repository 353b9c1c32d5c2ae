import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Party } from '@utilis/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listParties, partyKeys } from './parties-api.ts';

/** Picks a party by asking the API, so it finds anyone among millions, not only a loaded page. */
export function PartyPicker({
  tenantId,
  label,
  value,
  onChange,
  error,
}: {
  tenantId: string;
  label: string;
  value: Party | null;
  onChange: (party: Party | null) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const isSearchTheChoice = value !== null && q === value.displayName;
  const query = useQuery({
    queryKey: partyKeys.choices(tenantId, isSearchTheChoice ? '' : q),
    queryFn: ({ signal }) => listParties(tenantId, { limit: 20, q: isSearchTheChoice ? undefined : q }, signal),
    placeholderData: keepPreviousData,
  });
  const found = query.data?.items ?? [];
  const choices = value && !found.some((party) => party.id === value.id) ? [value, ...found] : found;

  return (
    <Select
      label={label}
      placeholder={t('accounts.form.partyPlaceholder')}
      withAsterisk
      searchable
      data={choices.map((party) => ({ value: party.id, label: party.displayName }))}
      filter={({ options }) => options}
      searchValue={search}
      onSearchChange={setSearch}
      value={value?.id ?? null}
      onChange={(partyId) => onChange(choices.find((party) => party.id === partyId) ?? null)}
      nothingFoundMessage={query.isFetching ? t('common.loading') : t('accounts.form.partyNothingFound')}
      error={error}
    />
  );
}
