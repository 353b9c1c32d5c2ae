import { SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { Meter } from '@utilis/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/use-formatters.ts';
import { DateField } from '../../ui/date-field.tsx';
import { FormActions } from '../../ui/form-actions.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useErrorText } from '../../ui/use-error-text.ts';
import { installMeter } from './meters-api.ts';
import { ServicePointPicker } from './service-point-picker.tsx';
import { useMeterOperation } from './use-meter-operation.ts';

const fields = ['servicePointId', 'on', 'reading'] as const;
type Field = (typeof fields)[number];

/** Installs a meter at a service point on a day, with the register it shows then. */
export function InstallForm({ tenantId, meter, onDone }: { tenantId: string; meter: Meter; onDone: () => void }) {
  const { t } = useTranslation();
  const { fieldErrors } = useErrorText();
  const format = useFormatters();
  const [servicePointId, setServicePointId] = useState<string | null>(null);
  const [on, setOn] = useState('');
  const [reading, setReading] = useState('');
  const [missing, setMissing] = useState<Partial<Record<Field, string>>>({});
  const mutation = useMeterOperation({
    tenantId,
    run: (body: { servicePointId: string; on: string; reading: string }) =>
      installMeter({ tenantId, meterId: meter.id, body }),
    onDone,
  });
  const errors: Partial<Record<Field, string>> = {
    ...fieldErrors(mutation.error, {
      register_already_metered: 'servicePointId',
      reading_exceeds_register: 'reading',
    }),
    ...missing,
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const blank: Partial<Record<Field, string>> = {};
    if (!servicePointId) blank.servicePointId = t('fieldErrors.required');
    if (!on) blank.on = t('fieldErrors.required');
    if (!reading.trim()) blank.reading = t('fieldErrors.required');
    setMissing(blank);
    if (servicePointId && on && reading.trim()) mutation.mutate({ servicePointId, on, reading: reading.trim() });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <ProblemAlert error={mutation.error} fields={fields} />
        <ServicePointPicker
          tenantId={tenantId}
          value={servicePointId}
          onChange={setServicePointId}
          error={errors.servicePointId}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DateField label={t('meters.install.on')} withAsterisk value={on} onChange={setOn} error={errors.on} />
          <TextInput
            label={t('meters.install.reading')}
            description={t('meters.readingHint', { unit: format.unit(meter.unit) })}
            withAsterisk
            inputMode="decimal"
            autoComplete="off"
            value={reading}
            onChange={(event) => setReading(event.currentTarget.value)}
            error={errors.reading}
          />
        </SimpleGrid>
        <FormActions submitLabel={t('meters.install.submit')} isSubmitting={mutation.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}
