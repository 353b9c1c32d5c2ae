import { Badge, Group, Stack, Text, Timeline, Title } from '@mantine/core';
import type { PartyOverview, TimelineEvent, TimelineEventKind } from '@utilis/contracts';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../i18n/use-formatters.ts';
import { premiseLabel } from '../premises/index.ts';

const kindColor: Record<TimelineEventKind, string> = {
  party_created: 'gray',
  party_changed: 'gray',
  account_opened: 'teal',
  account_closed: 'red',
  move_in: 'blue',
  move_out: 'orange',
  transfer: 'violet',
  final_bill_requested: 'yellow',
  meter_installed: 'cyan',
  meter_removed: 'cyan',
  meter_exchanged: 'cyan',
};

/** Every event of the customer's life, newest first, each saying which account, place or meter it concerns. */
export function CustomerTimeline({ overview }: { overview: PartyOverview }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const accounts = new Map(overview.accounts.map((account) => [account.id, account]));
  const premises = new Map(overview.premises.map((premise) => [premise.id, premise]));
  const meters = new Map(overview.meters.map((meter) => [meter.meterId, meter]));

  const details = (event: TimelineEvent) => {
    const parts: string[] = [];
    const account = event.accountId ? accounts.get(event.accountId) : undefined;
    if (account) parts.push(t('customers.timeline.account', { number: account.accountNumber }));
    const premise = event.premiseId ? premises.get(event.premiseId) : undefined;
    if (premise) parts.push(premiseLabel(premise));
    const meter = event.meterId ? meters.get(event.meterId) : undefined;
    if (meter) parts.push(t('customers.timeline.meter', { serial: meter.serial }));
    const replaced = event.replacedMeterId ? meters.get(event.replacedMeterId) : undefined;
    if (replaced) parts.push(t('customers.timeline.replaced', { serial: replaced.serial }));
    if (event.actorLabel) parts.push(t('customers.timeline.by', { actor: event.actorLabel }));
    return parts.join(' · ');
  };

  return (
    <Stack gap="xs" component="section" aria-label={t('customers.timeline.title')}>
      <Title order={3} size="h4">
        {t('customers.timeline.title')}
      </Title>
      {overview.timeline.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('customers.timeline.empty')}
        </Text>
      ) : (
        <Timeline bulletSize={14} lineWidth={2} active={overview.timeline.length}>
          {overview.timeline.map((event, index) => (
            <Timeline.Item
              // The timeline is rebuilt whole on every load: its order is its identity.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              key={index}
              color={kindColor[event.kind]}
              title={
                <Group gap="xs">
                  <Text size="sm" fw={600} data-testid="timeline-kind">
                    {t(`customers.timeline.kinds.${event.kind}`)}
                  </Text>
                  <Badge variant="outline" color="gray" size="sm">
                    {format.date(event.on)}
                  </Badge>
                </Group>
              }
            >
              <Text size="xs" c="dimmed">
                {details(event)}
              </Text>
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Stack>
  );
}
