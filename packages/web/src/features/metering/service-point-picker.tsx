import { Select, SimpleGrid } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Premise } from '@utilis/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getPremise, listPremiseChoices, meterKeys } from './meters-api.ts';

const addressOf = (premise: Premise) =>
  [premise.addressLine1, premise.addressLine2, premise.postalCode, premise.city].filter(Boolean).join(', ');

/** Picks where a meter goes: a premise found by its address, then one of its service points. */
export function ServicePointPicker({
  tenantId,
  value,
  onChange,
  error,
}: {
  tenantId: string;
  value: string | null;
  onChange: (servicePointId: string | null) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const [premise, setPremise] = useState<Premise | null>(null);
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const isSearchTheChoice = premise !== null && q === addressOf(premise);
  const premises = useQuery({
    queryKey: meterKeys.premiseChoices(tenantId, isSearchTheChoice ? '' : q),
    queryFn: ({ signal }) => listPremiseChoices(tenantId, isSearchTheChoice ? '' : q, signal),
    placeholderData: keepPreviousData,
  });
  const servicePoints = useQuery({
    queryKey: meterKeys.premise(tenantId, premise?.id ?? ''),
    queryFn: ({ signal }) => getPremise(tenantId, premise?.id ?? '', signal),
    enabled: premise !== null,
  });
  const found = premises.data?.items ?? [];
  const choices = premise && !found.some((each) => each.id === premise.id) ? [premise, ...found] : found;

  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <Select
        label={t('meters.install.premise')}
        placeholder={t('meters.install.premisePlaceholder')}
        withAsterisk
        searchable
        data={choices.map((each) => ({ value: each.id, label: addressOf(each) }))}
        filter={({ options }) => options}
        searchValue={search}
        onSearchChange={setSearch}
        value={premise?.id ?? null}
        onChange={(premiseId) => {
          setPremise(choices.find((each) => each.id === premiseId) ?? null);
          onChange(null);
        }}
        nothingFoundMessage={premises.isFetching ? t('common.loading') : t('meters.install.premiseNothingFound')}
      />
      <Select
        label={t('meters.install.servicePoint')}
        withAsterisk
        disabled={premise === null}
        data={(servicePoints.data?.servicePoints ?? []).map((servicePoint) => ({
          value: servicePoint.id,
          label: t(`meters.serviceKinds.${servicePoint.kind}`),
        }))}
        value={value}
        onChange={onChange}
        nothingFoundMessage={t('meters.install.noServicePoints')}
        error={error}
      />
    </SimpleGrid>
  );
}
