import { ActionIcon, Anchor, Badge, Code, Group, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import type { AuditEvent } from '@utilis/contracts';
import { useTranslation } from 'react-i18next';
import { ChevronIcon } from '../../ui/icons.tsx';

export const auditColumnCount = 5;

const actorColor: Record<AuditEvent['actorKind'], string> = { user: 'blue', api_key: 'grape', system: 'gray' };

const asJson = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value, null, 2));

/** One event as a table row; expanded, a second row shows the entity before and after, and the chain details. */
export function AuditEventRow({
  event,
  occurredAt,
  isExpanded,
  onToggle,
  onActor,
  onEntity,
}: {
  event: AuditEvent;
  occurredAt: string;
  isExpanded: boolean;
  onToggle: () => void;
  onActor: (actorId: string) => void;
  onEntity: (entityType: string, entityId: string) => void;
}) {
  const { t } = useTranslation();
  const detailsId = `audit-event-${event.id}`;
  return (
    <>
      <Table.Tr>
        <Table.Td w={44}>
          <ActionIcon
            variant="subtle"
            color="gray"
            onClick={onToggle}
            aria-expanded={isExpanded}
            aria-controls={detailsId}
            aria-label={t('audit.toggleDetails', { action: event.action })}
          >
            <span
              style={{
                display: 'flex',
                transform: isExpanded ? 'rotate(90deg)' : 'none',
                transition: 'transform 120ms',
              }}
            >
              <ChevronIcon size={16} />
            </span>
          </ActionIcon>
        </Table.Td>
        <Table.Td style={{ whiteSpace: 'nowrap' }}>{occurredAt}</Table.Td>
        <Table.Td>
          <Group gap={6} wrap="nowrap">
            <Badge variant="light" color={actorColor[event.actorKind]} size="sm">
              {t(`audit.actorKinds.${event.actorKind}`)}
            </Badge>
            {event.actorId ? (
              <Anchor
                component="button"
                type="button"
                size="sm"
                title={t('audit.filterByActor')}
                onClick={() => event.actorId && onActor(event.actorId)}
              >
                {event.actorLabel}
              </Anchor>
            ) : (
              <Text size="sm">{event.actorLabel}</Text>
            )}
          </Group>
        </Table.Td>
        <Table.Td>
          <Code>{event.action}</Code>
        </Table.Td>
        <Table.Td>
          {event.entityId ? (
            <Anchor
              component="button"
              type="button"
              size="sm"
              title={t('audit.filterByEntity')}
              onClick={() => event.entityId && onEntity(event.entityType, event.entityId)}
            >
              {event.entityType}{' '}
              <Text span ff="monospace" size="xs" c="dimmed">
                {event.entityId.slice(0, 8)}
              </Text>
            </Anchor>
          ) : (
            <Text size="sm">{event.entityType}</Text>
          )}
        </Table.Td>
      </Table.Tr>
      {isExpanded && (
        <Table.Tr id={detailsId}>
          <Table.Td colSpan={auditColumnCount} bg="var(--mantine-color-gray-0)">
            <Stack gap="sm" p="xs">
              <SimpleGrid cols={{ base: 1, md: 2 }}>
                <Snapshot title={t('audit.before')} json={asJson(event.before)} />
                <Snapshot title={t('audit.after')} json={asJson(event.after)} />
              </SimpleGrid>
              <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="xs">
                <Detail label={t('audit.details.sequence')} value={event.sequence} />
                <Detail label={t('audit.details.requestId')} value={event.requestId} />
                <Detail label={t('audit.details.ip')} value={event.ip} />
                <Detail label={t('audit.details.entityId')} value={event.entityId} />
              </SimpleGrid>
              <Detail label={t('audit.details.hash')} value={event.hash} />
            </Stack>
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}

function Snapshot({ title, json }: { title: string; json: string | null }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4} miw={0}>
      <Text size="xs" fw={600} c="dimmed" tt="uppercase">
        {title}
      </Text>
      {json ? (
        <Code block mah={320} style={{ overflow: 'auto' }}>
          {json}
        </Code>
      ) : (
        <Text size="sm" c="dimmed">
          {t('audit.nothing')}
        </Text>
      )}
    </Stack>
  );
}

function Detail({ label, value }: { label: string; value: string | null }) {
  return (
    <Stack gap={0} miw={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="xs" ff="monospace" style={{ wordBreak: 'break-all' }}>
        {value ?? '—'}
      </Text>
    </Stack>
  );
}
