import { Badge, Text } from '@mantine/core';
import type { MeterStatus } from '@utilis/contracts';
import { useTranslation } from 'react-i18next';

const statusColor: Record<MeterStatus, string> = {
  in_stock: 'gray',
  installed: 'teal',
  removed: 'orange',
  retired: 'dark',
};

export function MeterStatusBadge({ status }: { status: MeterStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={statusColor[status]}>
      {t(`meters.statuses.${status}`)}
    </Badge>
  );
}

/** What an empty cell shows. */
export const Missing = () => (
  <Text span c="dimmed">
    —
  </Text>
);
