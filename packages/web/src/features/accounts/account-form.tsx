import { Autocomplete, Input, SegmentedControl, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type Account, type DeliveryPreference, deliveryPreferences, type Party } from '@utilis/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../ui/form-actions.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useErrorText } from '../../ui/use-error-text.ts';
import { PartyPicker } from '../parties/index.ts';
import { AccountPicker } from './account-picker.tsx';
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

/** Suggested use classes; the tenant may type a code of its own. */
const useClasses = ['residential', 'commercial', 'industrial', 'public'] as const;

export function AccountForm({ tenantId, onDone }: { tenantId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const { fieldErrors } = useErrorText();
  const queryClient = useQueryClient();
  const [party, setParty] = useState<Party | null>(null);
  const [accountNumber, setAccountNumber] = useState('');
  const [openedOn, setOpenedOn] = useState('');
  const [branchCode, setBranchCode] = useState('');
  const [billCycleCode, setBillCycleCode] = useState('');
  const [deliveryPreference, setDeliveryPreference] = useState<DeliveryPreference>('paper');
  const [useClass, setUseClass] = useState('');
  const [parent, setParent] = useState<Account | null>(null);
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
        billCycleCode: billCycleCode.trim() || undefined,
        deliveryPreference,
        useClass: useClass.trim() || undefined,
        parentAccountId: parent?.id,
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
          <TextInput
            type="date"
            label={t('accounts.form.openedOn')}
            description={t('accounts.form.openedOnHint')}
            value={openedOn}
            onChange={(event) => setOpenedOn(event.currentTarget.value)}
            error={errors.openedOn}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('partyAccountDetails.billCycleCode')}
            description={t('partyAccountDetails.billCycleCodeHint')}
            value={billCycleCode}
            onChange={(event) => setBillCycleCode(event.currentTarget.value)}
            error={errors.billCycleCode}
            autoComplete="off"
          />
          <Autocomplete
            label={t('partyAccountDetails.useClass')}
            description={t('partyAccountDetails.useClassHint')}
            // The theme orders TextInput and Select this way; Autocomplete is not in it.
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            value={useClass}
            onChange={setUseClass}
            // Codes, not labels: the value stored is the code the tenant's tariffs refer to.
            data={[...useClasses]}
            error={errors.useClass}
          />
        </SimpleGrid>
        <Input.Wrapper label={t('partyAccountDetails.deliveryPreference')} error={errors.deliveryPreference}>
          <SegmentedControl
            fullWidth
            mt={4}
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
        <FormActions submitLabel={t('accounts.form.submit')} isSubmitting={mutation.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}
