import { Select, TextInput } from '@mantine/core';
import type { CustomFieldDefinition } from '@utilis/contracts';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../ui/date-field.tsx';

/** The input a field's type asks for; every value is text, as the API carries it. */
export function CustomFieldInput({
  field,
  value,
  onChange,
  error,
  isReadOnly,
}: {
  field: CustomFieldDefinition;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  isReadOnly: boolean;
}) {
  const { t } = useTranslation();
  const common = {
    label: field.label,
    withAsterisk: field.isRequired && !field.isRetired,
    description: field.isRetired ? t('customFields.panel.retired') : undefined,
    error,
    disabled: isReadOnly,
  };
  if (field.type === 'choice') {
    return (
      <Select
        {...common}
        data={(field.choices ?? []).map((choice) => ({ value: choice.code, label: choice.label }))}
        value={value || null}
        onChange={(code) => onChange(code ?? '')}
        clearable={!field.isRequired}
        placeholder={t('customFields.panel.choose')}
        comboboxProps={{ withinPortal: true }}
      />
    );
  }
  if (field.type === 'date') return <DateField {...common} value={value} onChange={onChange} />;
  return (
    <TextInput
      {...common}
      // A number stays the exact text typed, never a float.
      inputMode={field.type === 'number' ? 'decimal' : undefined}
      autoComplete="off"
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
    />
  );
}
