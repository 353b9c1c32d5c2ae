import { Autocomplete, Input, SegmentedControl, SimpleGrid, TextInput } from '@mantine/core';
import { type Account, type DeliveryPreference, deliveryPreferences } from '@utilis/contracts';
import { useTranslation } from 'react-i18next';
import { AccountPicker } from './account-picker.tsx';

/** How an account is billed, as its forms edit it. */
export interface AccountBilling {
  billCycleCode: string;
  useClass: string;
  deliveryPreference: DeliveryPreference;
  parent: Account | null;
}

export const noAccountBilling: AccountBilling = {
  billCycleCode: '',
  useClass: '',
  deliveryPreference: 'paper',
  parent: null,
};

/** Suggested use classes; the tenant may type a code of its own. */
const useClasses = ['residential', 'commercial', 'industrial', 'public'] as const;

/** The billing fields shared by opening an account and changing it later. */
export function AccountBillingFields({
  tenantId,
  value,
  onChange,
  errors,
  disabled = false,
}: {
  tenantId: string;
  value: AccountBilling;
  onChange: (value: AccountBilling) => void;
  errors: Partial<Record<'billCycleCode' | 'useClass' | 'deliveryPreference' | 'parentAccountId', string>>;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const set = (patch: Partial<AccountBilling>) => onChange({ ...value, ...patch });
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('partyAccountDetails.billCycleCode')}
          description={t('partyAccountDetails.billCycleCodeHint')}
          value={value.billCycleCode}
          onChange={(event) => set({ billCycleCode: event.currentTarget.value })}
          error={errors.billCycleCode}
          disabled={disabled}
          autoComplete="off"
        />
        <Autocomplete
          label={t('partyAccountDetails.useClass')}
          description={t('partyAccountDetails.useClassHint')}
          // The theme orders TextInput and Select this way; Autocomplete is not in it.
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          value={value.useClass}
          onChange={(useClass) => set({ useClass })}
          // Codes, not labels: the value stored is the code the tenant's tariffs refer to.
          data={[...useClasses]}
          error={errors.useClass}
          disabled={disabled}
        />
      </SimpleGrid>
      <Input.Wrapper label={t('partyAccountDetails.deliveryPreference')} error={errors.deliveryPreference}>
        <SegmentedControl
          fullWidth
          mt={4}
          disabled={disabled}
          value={value.deliveryPreference}
          onChange={(choice) =>
            set({ deliveryPreference: deliveryPreferences.find((option) => option === choice) ?? 'paper' })
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
        value={value.parent}
        onChange={(parent) => set({ parent })}
        error={errors.parentAccountId}
      />
    </>
  );
}
