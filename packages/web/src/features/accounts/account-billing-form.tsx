import { Autocomplete, Input, SegmentedControl, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type Account, type DeliveryPreference, deliveryPreferences } from '@utilis/contracts';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../ui/form-actions.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useErrorText } from '../../ui/use-error-text.ts';
import { AccountPicker } from './account-picker.tsx';
import { accountKeys, getAccount, updateAccount } from './accounts-api.ts';

const fields = ['billCycleCode', 'deliveryPreference', 'useClass', 'parentAccountId'] as const;
const useClasses = ['residential', 'commercial', 'industrial', 'public'] as const;

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
  const [billCycleCode, setBillCycleCode] = useState(account.billCycleCode ?? '');
  const [useClass, setUseClass] = useState(account.useClass ?? '');
  const [deliveryPreference, setDeliveryPreference] = useState<DeliveryPreference>(account.deliveryPreference);
  const [parent, setParent] = useState<Account | null>(null);
  const parentId = account.parentAccountId;
  const storedParent = useQuery({
    queryKey: [...accountKeys.ofTenant(tenantId), 'one', parentId],
    queryFn: ({ signal }) => getAccount(tenantId, parentId ?? '', signal),
    enabled: parentId !== null,
  });
  useEffect(() => {
    if (storedParent.data) setParent(storedParent.data);
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
        billCycleCode: billCycleCode.trim() || null,
        useClass: useClass.trim() || null,
        deliveryPreference,
        parentAccountId: parent?.id ?? null,
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
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('partyAccountDetails.billCycleCode')}
            description={t('partyAccountDetails.billCycleCodeHint')}
            value={billCycleCode}
            onChange={(event) => setBillCycleCode(event.currentTarget.value)}
            error={errors.billCycleCode}
            disabled={!canEdit}
            autoComplete="off"
          />
          <Autocomplete
            label={t('partyAccountDetails.useClass')}
            description={t('partyAccountDetails.useClassHint')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            value={useClass}
            onChange={setUseClass}
            data={[...useClasses]}
            error={errors.useClass}
            disabled={!canEdit}
          />
        </SimpleGrid>
        <Input.Wrapper label={t('partyAccountDetails.deliveryPreference')} error={errors.deliveryPreference}>
          <SegmentedControl
            fullWidth
            mt={4}
            disabled={!canEdit}
            value={deliveryPreference}
            onChange={(value) =>
              setDeliveryPreference(deliveryPreferences.find((option) => option === value) ?? 'paper')
            }
            data={deliveryPreferences.map((option) => ({
              value: option,
              label: t(`partyAccountDetails.deliveries.${option}`),
            }))}
          />
        </Input.Wrapper>
        <AccountPicker
          tenantId={tenantId}
          label={t('partyAccountDetails.parentAccount')}
          description={t('partyAccountDetails.parentAccountHint')}
          value={parent}
          onChange={setParent}
          error={errors.parentAccountId}
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
