import { Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateTenant } from '@utilis/contracts';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/use-formatters.ts';
import { FormActions } from '../../ui/form-actions.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useErrorText } from '../../ui/use-error-text.ts';
import { countryCodes } from './country-codes.ts';
import { createTenant, tenantKeys } from './tenants-api.ts';

const fields = ['code', 'name', 'country', 'currency', 'locale', 'timeZone'] as const satisfies (keyof CreateTenant)[];
// The account number pattern is optional: without one, accounts are numbered as typed.
type Values = Record<(typeof fields)[number] | 'accountNumberPattern', string>;

const initialValues: Values = {
  code: '',
  name: '',
  country: '',
  currency: '',
  locale: '',
  timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  accountNumberPattern: '',
};

export function TenantForm({ onDone }: { onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const { fieldErrors } = useErrorText();
  const queryClient = useQueryClient();
  const [values, setValues] = useState(initialValues);
  const [missing, setMissing] = useState<Partial<Record<keyof Values, string>>>({});

  const mutation = useMutation({
    mutationFn: createTenant,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: tenantKeys.all });
      onDone();
    },
  });

  const countries = useMemo(
    () =>
      countryCodes
        .map((code) => ({ value: code, label: `${format.country(code)} (${code})` }))
        .sort((a, b) => a.label.localeCompare(b.label, i18n.resolvedLanguage)),
    [format, i18n.resolvedLanguage],
  );
  const currencies = useMemo(
    () =>
      Intl.supportedValuesOf('currency').map((code) => ({ value: code, label: `${code} — ${format.currency(code)}` })),
    [format],
  );
  const timeZones = useMemo(
    () => [...new Set(['UTC', initialValues.timeZone, ...Intl.supportedValuesOf('timeZone')])],
    [],
  );

  const errors = { ...fieldErrors(mutation.error, { tenant_code_taken: 'code' }), ...missing };
  const set = (field: keyof Values) => (value: string | null) => {
    setValues((current) => ({ ...current, [field]: value ?? '' }));
    setMissing(({ [field]: _, ...rest }) => rest);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const blank = fields.filter((field) => !values[field].trim());
    setMissing(Object.fromEntries(blank.map((field) => [field, t('fieldErrors.required')])));
    if (blank.length > 0) return;
    mutation.mutate({
      code: values.code.trim(),
      name: values.name.trim(),
      country: values.country,
      currency: values.currency,
      locale: values.locale.trim(),
      timeZone: values.timeZone,
      accountNumberPattern: values.accountNumberPattern.trim() || null,
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <ProblemAlert error={mutation.error} fields={[...fields, 'accountNumberPattern']} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('tenants.form.code')}
            description={t('tenants.form.codeHint')}
            withAsterisk
            value={values.code}
            onChange={(event) => set('code')(event.currentTarget.value)}
            error={errors.code}
            autoComplete="off"
            data-autofocus
          />
          <TextInput
            label={t('tenants.form.name')}
            withAsterisk
            value={values.name}
            onChange={(event) => set('name')(event.currentTarget.value)}
            error={errors.name}
            autoComplete="organization"
          />
          <Select
            label={t('tenants.form.country')}
            withAsterisk
            searchable
            data={countries}
            value={values.country || null}
            onChange={set('country')}
            error={errors.country}
            nothingFoundMessage={t('tenants.form.nothingFound')}
          />
          <Select
            label={t('tenants.form.currency')}
            withAsterisk
            searchable
            data={currencies}
            value={values.currency || null}
            onChange={set('currency')}
            error={errors.currency}
            nothingFoundMessage={t('tenants.form.nothingFound')}
          />
          <TextInput
            label={t('tenants.form.locale')}
            description={t('tenants.form.localeHint')}
            withAsterisk
            value={values.locale}
            onChange={(event) => set('locale')(event.currentTarget.value)}
            error={errors.locale}
            autoComplete="off"
          />
          <Select
            label={t('tenants.form.timeZone')}
            withAsterisk
            searchable
            limit={50}
            data={timeZones}
            value={values.timeZone || null}
            onChange={set('timeZone')}
            error={errors.timeZone}
            nothingFoundMessage={t('tenants.form.nothingFound')}
          />
          <TextInput
            label={t('tenants.form.accountNumberPattern')}
            description={t('tenants.form.accountNumberPatternHint')}
            value={values.accountNumberPattern}
            onChange={(event) => set('accountNumberPattern')(event.currentTarget.value)}
            error={errors.accountNumberPattern}
            autoComplete="off"
          />
        </SimpleGrid>
        <FormActions submitLabel={t('tenants.form.submit')} isSubmitting={mutation.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}
