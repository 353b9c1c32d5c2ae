import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Account } from '@utilis/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { accountKeys, listAccounts } from './accounts-api.ts';

const labelOf = (account: Account) => `${account.accountNumber} · ${account.partyDisplayName}`;

/** Picks an account by asking the API (number or holder's name), so it finds any of millions. */
export function AccountPicker({
  tenantId,
  label,
  description,
  value,
  onChange,
  error,
}: {
  tenantId: string;
  label: string;
  description?: string;
  value: Account | null;
  onChange: (account: Account | null) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const isSearchTheChoice = value !== null && q === labelOf(value);
  const query = useQuery({
    queryKey: accountKeys.choices(tenantId, isSearchTheChoice ? '' : q),
    queryFn: ({ signal }) => listAccounts(tenantId, { limit: 20, q: isSearchTheChoice ? undefined : q }, signal),
    placeholderData: keepPreviousData,
  });
  const found = query.data?.items ?? [];
  const choices = value && !found.some((account) => account.id === value.id) ? [value, ...found] : found;

  return (
    <Select
      label={label}
      description={description}
      placeholder={t('partyAccountDetails.accountPlaceholder')}
      searchable
      clearable
      data={choices.map((account) => ({ value: account.id, label: labelOf(account) }))}
      filter={({ options }) => options}
      searchValue={search}
      onSearchChange={setSearch}
      value={value?.id ?? null}
      onChange={(accountId) => onChange(choices.find((account) => account.id === accountId) ?? null)}
      nothingFoundMessage={query.isFetching ? t('common.loading') : t('partyAccountDetails.accountNothingFound')}
      error={error}
    />
  );
}
