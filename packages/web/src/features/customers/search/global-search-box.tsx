import { Badge, Combobox, Group, Loader, Stack, Text, TextInput, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { SearchHit, SearchHitKind } from '@utilis/contracts';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../../app/router.ts';
import { SearchIcon } from '../../../ui/icons.tsx';
import { useErrorText } from '../../../ui/use-error-text.ts';
import { useAccess } from '../../session/index.ts';
import { useCurrentTenant } from '../../tenants/index.ts';
import { findSearchHits, searchKeys } from './search-api.ts';
import { searchHitPath } from './search-hit-path.ts';

/** Typing pauses this long before the server is asked: one request per word, not per key. */
const debounceMilliseconds = 200;

const kindColor: Record<SearchHitKind, string> = {
  party: 'blue',
  account: 'teal',
  premise: 'orange',
  meter: 'grape',
  customField: 'gray',
};

const optionValue = (hit: SearchHit) => `${hit.kind}:${hit.id}`;
const noHits: SearchHit[] = [];

/**
 * The header's one search box over the selected tenant: names, account numbers, addresses, phones,
 * e-mails, meter serials and custom field values, best first. Arrow keys move through the hits,
 * Enter opens the highlighted one (the best hit until the user moves).
 */
export function GlobalSearchBox() {
  const { t } = useTranslation();
  const { tenant } = useCurrentTenant();
  const access = useAccess();
  const errorText = useErrorText();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), debounceMilliseconds);
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const isAllowed = tenant !== null && access.inTenant(tenant, 'parties.read');
  const tenantId = tenant?.id ?? '';
  const query = useQuery({
    queryKey: searchKeys.hits(tenantId, q),
    queryFn: ({ signal }) => findSearchHits(tenantId, q, signal),
    enabled: isAllowed && q !== '',
    placeholderData: keepPreviousData,
  });
  const hits = q === '' ? noHits : (query.data?.items ?? noHits);
  const { selectFirstOption } = combobox;

  // New hits: the best one is highlighted, so Enter opens it straight away.
  useEffect(() => {
    if (hits.length > 0) selectFirstOption();
  }, [hits, selectFirstOption]);

  if (!isAllowed) return null;

  const open = (value: string) => {
    const hit = hits.find((each) => optionValue(each) === value);
    const path = hit && tenant && searchHitPath(hit, tenant);
    if (!path) return;
    navigate(path);
    setSearch('');
    combobox.closeDropdown();
  };

  const status = query.isError
    ? errorText.message(query.error)
    : query.isFetching && hits.length === 0
      ? t('search.searching')
      : t('search.nothingFound');

  return (
    <Combobox store={combobox} onOptionSubmit={open} width={460} position="bottom-start">
      <Combobox.Target>
        <TextInput
          type="search"
          aria-label={t('search.label')}
          placeholder={t('search.placeholder')}
          leftSection={<SearchIcon size={16} />}
          rightSection={query.isFetching ? <Loader size={14} /> : null}
          value={search}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            combobox.openDropdown();
          }}
          onFocus={() => combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
          onKeyDown={(event) => {
            if (event.key === 'Escape') setSearch('');
          }}
          w={{ base: 180, sm: 280, lg: 360 }}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={q === ''}>
        <Combobox.Options mah={420} style={{ overflowY: 'auto' }} aria-label={t('search.results')}>
          {hits.length === 0 ? (
            <Combobox.Empty>{status}</Combobox.Empty>
          ) : (
            hits.map((hit) => {
              const isOpenable = tenant !== null && searchHitPath(hit, tenant) !== null;
              return (
                <Combobox.Option value={optionValue(hit)} key={optionValue(hit)} disabled={!isOpenable}>
                  <Group gap="sm" wrap="nowrap" justify="space-between">
                    <Stack gap={0} style={{ minWidth: 0 }}>
                      <Text size="sm" fw={500} truncate>
                        {hit.label}
                      </Text>
                      {/* Dimmed by opacity, not colour: it stays readable on the highlighted hit. */}
                      {(hit.detail || !isOpenable) && (
                        <Text size="xs" opacity={0.7} truncate>
                          {[hit.detail, isOpenable ? null : t('search.noCustomer')].filter(Boolean).join(' · ')}
                        </Text>
                      )}
                    </Stack>
                    <Badge variant="light" color={kindColor[hit.kind]} style={{ flexShrink: 0 }}>
                      {t(`search.kinds.${hit.kind}`)}
                    </Badge>
                  </Group>
                </Combobox.Option>
              );
            })
          )}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
