import { Badge, Button, Code, Collapse, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ApprovalRequest } from '@utilis/contracts';
import { useTranslation } from 'react-i18next';
import type { ApprovalStatus } from './approvals-api.ts';

const statusColor: Record<ApprovalStatus, string> = { pending: 'yellow', approved: 'teal', rejected: 'red' };

/** One request held for a second person: what it would do, who asked, and the decision buttons while pending. */
export function ApprovalCard({
  approval,
  actionLabel,
  requestedAt,
  decidedAt,
  isOwnRequest,
  decidingNow,
  onDecide,
}: {
  approval: ApprovalRequest;
  actionLabel: string;
  requestedAt: string;
  decidedAt: string | null;
  isOwnRequest: boolean;
  decidingNow: 'approve' | 'reject' | null;
  onDecide: (decision: 'approve' | 'reject') => void;
}) {
  const { t } = useTranslation();
  const [isOpen, details] = useDisclosure(false);
  const isPending = approval.status === 'pending';
  const decisionButtons = (
    <Group gap="xs">
      <Button
        color="teal"
        size="xs"
        disabled={isOwnRequest || decidingNow !== null}
        loading={decidingNow === 'approve'}
        onClick={() => onDecide('approve')}
      >
        {t('approvals.approve')}
      </Button>
      <Button
        color="red"
        variant="light"
        size="xs"
        disabled={isOwnRequest || decidingNow !== null}
        loading={decidingNow === 'reject'}
        onClick={() => onDecide('reject')}
      >
        {t('approvals.reject')}
      </Button>
    </Group>
  );
  return (
    <Paper withBorder p="md" component="article" aria-label={approval.summary}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
          <Stack gap={4} miw={0}>
            <Group gap={6}>
              <Badge variant="light" color={statusColor[approval.status]}>
                {t(`approvals.statuses.${approval.status}`)}
              </Badge>
              <Text size="sm" c="dimmed">
                {actionLabel}
              </Text>
            </Group>
            <Text fw={600}>{approval.summary}</Text>
            <Text size="sm" c="dimmed">
              {isOwnRequest
                ? t('approvals.requestedByYou', { date: requestedAt })
                : t('approvals.requestedAt', { date: requestedAt })}
              {decidedAt && ` · ${t('approvals.decidedAt', { date: decidedAt })}`}
            </Text>
          </Stack>
          {isPending &&
            (isOwnRequest ? (
              <Tooltip label={t('errors.approval_by_requester')} multiline w={260}>
                <span>{decisionButtons}</span>
              </Tooltip>
            ) : (
              decisionButtons
            ))}
        </Group>
        <Button variant="subtle" size="compact-xs" onClick={details.toggle} aria-expanded={isOpen} w="fit-content">
          {isOpen ? t('approvals.hideDetails') : t('approvals.showDetails')}
        </Button>
        <Collapse expanded={isOpen}>
          <Stack gap={4}>
            <Code>{approval.command}</Code>
            <Code block mah={280} style={{ overflow: 'auto' }}>
              {JSON.stringify(approval.input, null, 2)}
            </Code>
          </Stack>
        </Collapse>
      </Stack>
    </Paper>
  );
}
