import { Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Account } from '@utilis/contracts';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../../ui/form-actions.tsx';
import { ProblemAlert } from '../../../ui/problem-alert.tsx';
import { useErrorText } from '../../../ui/use-error-text.ts';
import { type AccountBilling, AccountBillingFields } from './account-billing-fields.tsx';
import { accountKeys, getAccount, updateAccount } from './accounts-api.ts';

const fields = ['billCycleCode', 'deliveryPreference', 'useClass', 'parentAccountId'] as const;

/** Changes how an account is billed: its cycle, delivery, use class and consolidated-billing parent. */
export function AccountBillingForm({
  tenantId,
  account,
  canEdit,
  onDone,
}: {
  tenantId: string;
  account: Account;
  canEdit: boolean;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { fieldErrors } = useErrorText();
  const queryClient = useQueryClient();
  const [billing, setBilling] = useState<AccountBilling>({
    billCycleCode: account.billCycleCode ?? '',
    useClass: account.useClass ?? '',
    deliveryPreference: account.deliveryPreference,
    parent: null,
  });
  const parentId = account.parentAccountId;
  const storedParent = useQuery({
    queryKey: [...accountKeys.ofTenant(tenantId), 'one', parentId],
    queryFn: ({ signal }) => getAccount(tenantId, parentId ?? '', signal),
    enabled: parentId !== null,
  });
  useEffect(() => {
    const parent = storedParent.data;
    if (parent) setBilling((current) => ({ ...current, parent }));
  }, [storedParent.data]);

  const mutation = useMutation({
    mutationFn: updateAccount,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: accountKeys.ofTenant(tenantId) });
      onDone();
    },
  });
  const errors: Partial<Record<(typeof fields)[number], string>> = fieldErrors(mutation.error, {
    account_parent_not_found: 'parentAccountId',
    account_parent_cycle: 'parentAccountId',
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate({
      tenantId,
      accountId: account.id,
      body: {
        billCycleCode: billing.billCycleCode.trim() || null,
        useClass: billing.useClass.trim() || null,
        deliveryPreference: billing.deliveryPreference,
        parentAccountId: billing.parent?.id ?? null,
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {account.partyDisplayName}
        </Text>
        <ProblemAlert error={mutation.error} fields={fields} />
        <AccountBillingFields
          tenantId={tenantId}
          value={billing}
          onChange={setBilling}
          errors={errors}
          disabled={!canEdit}
        />
        {canEdit && (
          <FormActions
            submitLabel={t('partyAccountDetails.list.save')}
            isSubmitting={mutation.isPending}
            onCancel={onDone}
          />
        )}
      </Stack>
    </form>
  );
}
