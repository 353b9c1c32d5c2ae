import { Badge, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { Party } from '@utilis/contracts';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../i18n/use-formatters.ts';

/**
 * Who the customer is and how to reach them. They are a customer since their first account was
 * opened (often years before the record was migrated); without an account, since they were recorded.
 */
export function PartyCard({ party, firstOpenedOn }: { party: Party; firstOpenedOn: string | null }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const facts: [string, string | null][] = [
    [t('partyAccountDetails.reference'), party.reference],
    [t('customers.overview.party.email'), party.email],
    [t('customers.overview.party.phone'), party.phone],
    [t('customers.overview.party.registrationNumber'), party.registrationNumber],
    [t('customers.overview.party.preferredLocale'), party.preferredLocale],
    [
      t('customers.overview.party.createdAt'),
      firstOpenedOn === null ? format.dateTime(party.createdAt) : format.date(firstOpenedOn),
    ],
  ];
  return (
    <Paper withBorder p="md" aria-label={t('customers.overview.party.title')} component="section">
      <Stack gap="sm">
        <Group gap="sm">
          <Text fw={600} size="lg">
            {party.displayName}
          </Text>
          <Badge variant="light" color={party.kind === 'person' ? 'blue' : 'grape'}>
            {t(`parties.kinds.${party.kind}`)}
          </Badge>
        </Group>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3, lg: 6 }} spacing="sm">
          {facts.map(([label, value]) => (
            <Stack gap={0} key={label}>
              <Text size="xs" c="dimmed">
                {label}
              </Text>
              <Text size="sm">{value ?? '—'}</Text>
            </Stack>
          ))}
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
