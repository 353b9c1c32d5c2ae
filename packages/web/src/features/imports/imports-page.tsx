import { Alert, Button, FileInput, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/page-header.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useAccess, useCurrentSession } from '../session/index.ts';
import { NoTenantNotice, useCurrentTenant } from '../tenants/index.ts';
import { ImportReportView } from './import-report-view.tsx';
import { exportUrl, uploadCustomerFile } from './imports-api.ts';

/** Import customers from a CSV or XLSX file, see what was rejected and why, and export them in the same layout. */
export function ImportsPage() {
  const { t } = useTranslation();
  const { tenant } = useCurrentTenant();
  const { session } = useCurrentSession();
  const access = useAccess();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [uploaded, setUploaded] = useState(0);
  const canImport = tenant !== null && access.inTenant(tenant, 'accounts.edit');
  const upload = useMutation({
    mutationFn: (chosen: File) => {
      if (!tenant) throw new Error('No tenant selected');
      setUploaded(0);
      return uploadCustomerFile({
        tenantId: tenant.id,
        file: chosen,
        csrfToken: session.csrfToken,
        onUploaded: setUploaded,
      });
    },
    // Parties, accounts, premises and meters may all have changed.
    onSuccess: () => queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'session' }),
  });

  const exportButtons = tenant && (
    <Group gap="xs">
      {(['csv', 'xlsx'] as const).map((format) => (
        <Button key={format} component="a" href={exportUrl(tenant.id, format)} download variant="default">
          {t(`imports.export.${format}`)}
        </Button>
      ))}
    </Group>
  );

  return (
    <Stack gap="lg">
      <PageHeader title={t('imports.title')} description={t('imports.description')} action={exportButtons} />
      {!tenant ? (
        <NoTenantNotice />
      ) : (
        <>
          {canImport ? (
            <Paper withBorder p="md" radius="md">
              <form
                onSubmit={(event) => {
                  event.preventDefault();
                  if (file) upload.mutate(file);
                }}
              >
                <Stack gap="sm">
                  <FileInput
                    label={t('imports.file.label')}
                    description={t('imports.file.hint')}
                    placeholder={t('imports.file.placeholder')}
                    accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                    value={file}
                    onChange={(chosen) => {
                      setFile(chosen);
                      upload.reset();
                    }}
                    clearable
                  />
                  <Group>
                    <Button type="submit" disabled={!file} loading={upload.isPending}>
                      {t('imports.file.submit')}
                    </Button>
                  </Group>
                  {upload.isPending && (
                    <Stack gap={4} aria-live="polite">
                      <Progress
                        value={uploaded < 1 ? uploaded * 100 : 100}
                        striped
                        animated={uploaded >= 1}
                        aria-label={t('imports.progress.label')}
                      />
                      <Text size="sm" c="dimmed">
                        {uploaded < 1
                          ? t('imports.progress.uploading', { percent: Math.round(uploaded * 100) })
                          : t('imports.progress.checking')}
                      </Text>
                    </Stack>
                  )}
                  <ProblemAlert error={upload.error} />
                </Stack>
              </form>
            </Paper>
          ) : (
            <Alert color="gray">{t('imports.readOnly')}</Alert>
          )}
          {upload.data && <ImportReportView report={upload.data} />}
        </>
      )}
    </Stack>
  );
}
