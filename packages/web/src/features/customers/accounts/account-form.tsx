import { SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Party } from '@utilis/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../ui/date-field.tsx';
import { FormActions } from '../../../ui/form-actions.tsx';
import { ProblemAlert } from '../../../ui/problem-alert.tsx';
import { useErrorText } from '../../../ui/use-error-text.ts';
import { PartyPicker } from '../parties/index.ts';
import { AccountBillingFields, noAccountBilling } from './account-billing-fields.tsx';
import { accountKeys, createAccount } from './accounts-api.ts';

const fields = [
  'partyId',
  'accountNumber',
  'branchCode',
  'openedOn',
  'billCycleCode',
  'deliveryPreference',
  'useClass',
  'parentAccountId',
] as const;

export function AccountForm({ tenantId, onDone }: { tenantId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const { fieldErrors } = useErrorText();
  const queryClient = useQueryClient();
  const [party, setParty] = useState<Party | null>(null);
  const [accountNumber, setAccountNumber] = useState('');
  const [openedOn, setOpenedOn] = useState('');
  const [branchCode, setBranchCode] = useState('');
  const [billing, setBilling] = useState(noAccountBilling);
  const [isPartyMissing, setIsPartyMissing] = useState(false);

  const mutation = useMutation({
    mutationFn: createAccount,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: accountKeys.ofTenant(tenantId) });
      onDone();
    },
  });

  const errors: Partial<Record<(typeof fields)[number], string>> = fieldErrors(mutation.error, {
    account_number_taken: 'accountNumber',
    account_number_pattern_mismatch: 'accountNumber',
    party_not_found: 'partyId',
    account_parent_not_found: 'parentAccountId',
    account_parent_cycle: 'parentAccountId',
  });
  if (isPartyMissing) errors.partyId = t('fieldErrors.required');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setIsPartyMissing(party === null);
    if (!party) return;
    mutation.mutate({
      tenantId,
      body: {
        partyId: party.id,
        accountNumber: accountNumber.trim() || undefined,
        branchCode: branchCode.trim() || undefined,
        openedOn: openedOn || undefined,
        billCycleCode: billing.billCycleCode.trim() || undefined,
        deliveryPreference: billing.deliveryPreference,
        useClass: billing.useClass.trim() || undefined,
        parentAccountId: billing.parent?.id,
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <ProblemAlert error={mutation.error} fields={fields} />
        <PartyPicker
          tenantId={tenantId}
          label={t('accounts.form.party')}
          value={party}
          onChange={(choice) => {
            setParty(choice);
            setIsPartyMissing(false);
          }}
          error={errors.partyId}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('accounts.form.accountNumber')}
            description={t('accounts.form.accountNumberHint')}
            value={accountNumber}
            onChange={(event) => setAccountNumber(event.currentTarget.value)}
            error={errors.accountNumber}
            autoComplete="off"
          />
          <TextInput
            label={t('accounts.form.branchCode')}
            description={t('accounts.form.branchCodeHint')}
            value={branchCode}
            onChange={(event) => setBranchCode(event.currentTarget.value)}
            error={errors.branchCode}
            autoComplete="off"
          />
          <DateField
            label={t('accounts.form.openedOn')}
            description={t('accounts.form.openedOnHint')}
            value={openedOn}
            onChange={setOpenedOn}
            error={errors.openedOn}
          />
        </SimpleGrid>
        <AccountBillingFields tenantId={tenantId} value={billing} onChange={setBilling} errors={errors} />
        <FormActions submitLabel={t('accounts.form.submit')} isSubmitting={mutation.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}
