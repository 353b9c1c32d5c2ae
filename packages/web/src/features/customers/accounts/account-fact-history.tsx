import { ScrollArea, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { AccountFactEntryRecord } from '@utilis/contracts';
import { unreachable } from '@utilis/domain';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../i18n/use-formatters.ts';
import { ProblemAlert } from '../../../ui/problem-alert.tsx';
import { accountFactHistoryKey, getAccountFactHistory } from './accounts-api.ts';

const shown = 200;

/**
 * The account's billing inputs as they were recorded, latest first: each change of the household,
 * protections, benefits, area or dwellings, over which days, by whom and why. Entries are never
 * edited, so this is also what any earlier bill saw.
 */
export function AccountFactHistory({ tenantId, accountId }: { tenantId: string; accountId: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const history = useQuery({
    queryKey: accountFactHistoryKey(tenantId, accountId),
    queryFn: ({ signal }) => getAccountFactHistory(tenantId, accountId, { limit: shown }, signal),
  });

  const what = (entry: AccountFactEntryRecord): string => {
    const value = entry.value;
    if (value === null) return t('partyAccountDetails.facts.noLongerHolds');
    const text = (name: string) => String(value[name] ?? '');
    switch (entry.kind) {
      case 'household_person':
        return text('name');
      case 'protection': {
        const status = text('status') === 'protected' ? 'protected' : 'vulnerable';
        return `${t(`partyAccountDetails.protections.statuses.${status}`)}: ${text('reason')}`;
      }
      case 'benefit':
        return value.reference ? `${text('code')} (${text('reference')})` : text('code');
      case 'area_m2':
        return `${format.decimal(text('areaM2'))} m²`;
      case 'dwelling_units':
        return format.count(Number(value.dwellingUnits));
      default:
        return unreachable(entry.kind);
    }
  };

  const items = history.data?.items ?? [];
  return (
    <Stack gap="sm">
      <ProblemAlert error={history.error} />
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {history.isPending ? t('common.loading') : t('partyAccountDetails.list.empty')}
        </Text>
      ) : (
        <ScrollArea>
          <Table aria-label={t('partyAccountDetails.tabs.history')} miw={900}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('partyAccountDetails.facts.recordedAt')}</Table.Th>
                <Table.Th>{t('partyAccountDetails.facts.recordedBy')}</Table.Th>
                <Table.Th>{t('partyAccountDetails.facts.kind')}</Table.Th>
                <Table.Th>{t('partyAccountDetails.facts.value')}</Table.Th>
                <Table.Th>{t('partyAccountDetails.period.startOn')}</Table.Th>
                <Table.Th>{t('partyAccountDetails.period.endOn')}</Table.Th>
                <Table.Th>{t('partyAccountDetails.facts.reason')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((entry) => (
                <Table.Tr key={entry.id}>
                  <Table.Td>{format.dateTime(entry.recordedAt)}</Table.Td>
                  <Table.Td>{entry.recordedBy.label}</Table.Td>
                  <Table.Td>{t(`partyAccountDetails.facts.kinds.${entry.kind}`)}</Table.Td>
                  <Table.Td c={entry.value === null ? 'dimmed' : undefined}>{what(entry)}</Table.Td>
                  <Table.Td>{format.date(entry.startOn)}</Table.Td>
                  <Table.Td>{entry.endOn ? format.date(entry.endOn) : '—'}</Table.Td>
                  <Table.Td>{entry.reason ?? ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea>
      )}
      {history.data?.nextCursor && (
        <Text size="sm" c="dimmed">
          {t('partyAccountDetails.facts.older', { limit: shown })}
        </Text>
      )}
    </Stack>
  );
}
