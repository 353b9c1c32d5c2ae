import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { CustomerImportReport } from '@utilis/contracts';
import { useTranslation } from 'react-i18next';
import { rejectedRowsUrl } from './imports-api.ts';

const kinds = ['parties', 'accounts', 'premises', 'servicePoints', 'meters'] as const;

/** What an import did: rows committed and rejected, things created and updated, and each rejected row. */
export function ImportReportView({ report }: { report: CustomerImportReport }) {
  const { t } = useTranslation();
  const figures = [
    { label: t('imports.report.rowsRead'), value: report.rowsRead, color: undefined },
    { label: t('imports.report.rowsCommitted'), value: report.rowsCommitted, color: 'teal' },
    {
      label: t('imports.report.rowsRejected'),
      value: report.rowsRejected,
      color: report.rowsRejected ? 'red' : undefined,
    },
  ];
  return (
    <Stack gap="md" aria-label={t('imports.report.title')}>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {figures.map((figure) => (
          <Paper key={figure.label} withBorder p="md" radius="md">
            <Text size="sm" c="dimmed">
              {figure.label}
            </Text>
            <Text size="xl" fw={700} c={figure.color} data-testid={`figure-${figure.label}`}>
              {t('imports.report.count', { value: figure.value })}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      <Table withTableBorder striped maw={520}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('imports.report.kind')}</Table.Th>
            <Table.Th ta="right">{t('imports.report.created')}</Table.Th>
            <Table.Th ta="right">{t('imports.report.updated')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {kinds.map((kind) => (
            <Table.Tr key={kind}>
              <Table.Td>{t(`imports.kinds.${kind}`)}</Table.Td>
              <Table.Td ta="right">{t('imports.report.count', { value: report[kind].created })}</Table.Td>
              <Table.Td ta="right">{t('imports.report.count', { value: report[kind].updated })}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {report.rejectedRows.length === 0 ? (
        <Text c="teal">{t('imports.report.noneRejected')}</Text>
      ) : (
        <Stack gap="xs">
          <Group justify="space-between">
            <Title order={4}>{t('imports.report.rejectedTitle')}</Title>
            <Anchor href={rejectedRowsUrl(report.tenantId, report.id)} download>
              {t('imports.report.download')}
            </Anchor>
          </Group>
          {report.rowsRejected > report.rejectedRows.length && (
            <Text size="sm" c="dimmed">
              {t('imports.report.firstOnly', { shown: report.rejectedRows.length })}
            </Text>
          )}
          <Table.ScrollContainer minWidth={560}>
            <Table withTableBorder striped aria-label={t('imports.report.rejectedTitle')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('imports.report.line')}</Table.Th>
                  <Table.Th>{t('imports.report.column')}</Table.Th>
                  <Table.Th>{t('imports.report.reason')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {report.rejectedRows.map((row) => (
                  <Table.Tr key={`${row.line}:${row.code}:${row.column ?? ''}`}>
                    <Table.Td>{row.line}</Table.Td>
                    <Table.Td>
                      {row.column ? (
                        <Badge variant="light" color="gray" tt="none">
                          {row.column}
                        </Badge>
                      ) : (
                        '—'
                      )}
                    </Table.Td>
                    <Table.Td>{t(`imports.rowErrors.${row.code}`)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      )}
    </Stack>
  );
}
