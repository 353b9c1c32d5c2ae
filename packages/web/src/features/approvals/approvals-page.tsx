import { Button, Center, Group, Loader, SegmentedControl, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { approvalStatuses, type Permission } from '@utilis/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePagedList } from '../../api/use-paged-list.ts';
import { useFormatters } from '../../i18n/use-formatters.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useCurrentSession } from '../session/index.ts';
import { NoTenantNotice, useCurrentTenant } from '../tenants/index.ts';
import { ApprovalCard } from './approval-card.tsx';
import { type ApprovalStatus, approvalKeys, decideApproval, listApprovals } from './approvals-api.ts';

/** Requests held under four-eyes control in the selected tenant, for a second person to approve or reject. */
export function ApprovalsPage() {
  const { t } = useTranslation();
  const { session } = useCurrentSession();
  const { tenant } = useCurrentTenant();
  const format = useFormatters();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<ApprovalStatus>('pending');
  const tenantId = tenant?.id ?? '';
  const list = usePagedList({
    queryKey: approvalKeys.list(tenantId, status),
    fetchPage: (request, signal) => listApprovals(tenantId, { ...request, status }, signal),
    isEnabled: tenant !== null,
  });
  const decide = useMutation({
    mutationFn: decideApproval,
    onSettled: () => queryClient.invalidateQueries({ queryKey: approvalKeys.ofTenant(tenantId) }),
  });

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('approvals.title')}
        description={t('approvals.description')}
        action={
          <SegmentedControl
            aria-label={t('approvals.status')}
            value={status}
            onChange={(value) => setStatus(approvalStatuses.find((each) => each === value) ?? 'pending')}
            data={approvalStatuses.map((each) => ({ value: each, label: t(`approvals.statuses.${each}`) }))}
          />
        }
      />
      {!tenant ? (
        <NoTenantNotice />
      ) : (
        <>
          <ProblemAlert error={list.error ?? decide.error} />
          {list.isPending && (
            <Center py="xl">
              <Loader aria-label={t('common.loading')} />
            </Center>
          )}
          {list.isSuccess && list.items.length === 0 && <Text c="dimmed">{t(`approvals.empty.${status}`)}</Text>}
          <Stack gap="sm">
            {list.items.map((approval) => (
              <ApprovalCard
                key={approval.id}
                approval={approval}
                actionLabel={t(`permissions.${approval.action satisfies Permission}`)}
                requestedAt={format.dateTime(approval.requestedAt)}
                decidedAt={approval.decidedAt && format.dateTime(approval.decidedAt)}
                isOwnRequest={approval.requestedBy === session.user.id}
                decidingNow={
                  decide.isPending && decide.variables.approvalId === approval.id ? decide.variables.decision : null
                }
                onDecide={(decision) => decide.mutate({ tenantId, approvalId: approval.id, decision })}
              />
            ))}
          </Stack>
          {list.hasMore && (
            <Group justify="center">
              <Button variant="default" onClick={list.loadMore} loading={list.isLoadingMore}>
                {t('common.loadMore')}
              </Button>
            </Group>
          )}
        </>
      )}
    </Stack>
  );
}
