import { SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { Meter } from '@utilis/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../app/router.ts';
import { useFormatters } from '../../i18n/use-formatters.ts';
import { DateField } from '../../ui/date-field.tsx';
import { FormActions } from '../../ui/form-actions.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useErrorText } from '../../ui/use-error-text.ts';
import { useTenantPath } from '../tenants/index.ts';
import { MeterPicker } from './meter-picker.tsx';
import { exchangeMeter } from './meters-api.ts';
import { useMeterOperation } from './use-meter-operation.ts';

const fields = ['on', 'removalReading', 'newMeterId', 'installReading'] as const;
type Field = (typeof fields)[number];

/**
 * Replaces an installed meter in one step: the old one removed on a day with its final reading,
 * the new one installed in its place that same day with its first reading.
 */
export function ExchangeForm({ tenantId, meter, onDone }: { tenantId: string; meter: Meter; onDone: () => void }) {
  const { t } = useTranslation();
  const { fieldErrors } = useErrorText();
  const format = useFormatters();
  const tenantPath = useTenantPath();
  const [on, setOn] = useState('');
  const [removalReading, setRemovalReading] = useState('');
  const [fresh, setFresh] = useState<Meter | null>(null);
  const [installReading, setInstallReading] = useState('');
  const [missing, setMissing] = useState<Partial<Record<Field, string>>>({});
  const mutation = useMeterOperation({
    tenantId,
    run: (body: { on: string; removalReading: string; newMeterId: string; installReading: string }) =>
      exchangeMeter({ tenantId, meterId: meter.id, body }),
    onDone: () => {
      onDone();
      if (fresh) navigate(tenantPath(`/meters/${fresh.id}`));
    },
  });
  const errors: Partial<Record<Field, string>> = {
    ...fieldErrors(mutation.error, {
      meter_already_installed: 'newMeterId',
      meter_retired: 'newMeterId',
      meter_removed_before_installed: 'on',
    }),
    ...missing,
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const blank: Partial<Record<Field, string>> = {};
    if (!on) blank.on = t('fieldErrors.required');
    if (!removalReading.trim()) blank.removalReading = t('fieldErrors.required');
    if (!fresh) blank.newMeterId = t('fieldErrors.required');
    if (!installReading.trim()) blank.installReading = t('fieldErrors.required');
    setMissing(blank);
    if (on && removalReading.trim() && fresh && installReading.trim()) {
      mutation.mutate({
        on,
        removalReading: removalReading.trim(),
        newMeterId: fresh.id,
        installReading: installReading.trim(),
      });
    }
  };

  const reading = (
    field: 'removalReading' | 'installReading',
    value: string,
    set: (value: string) => void,
    unit: string,
  ) => (
    <TextInput
      label={t(`meters.exchange.${field}`)}
      description={t('meters.readingHint', { unit: format.unit(unit) })}
      withAsterisk
      inputMode="decimal"
      autoComplete="off"
      value={value}
      onChange={(event) => set(event.currentTarget.value)}
      error={errors[field]}
    />
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('meters.exchange.explanation', { serial: meter.serial })}
        </Text>
        <ProblemAlert error={mutation.error} fields={fields} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DateField label={t('meters.exchange.on')} withAsterisk value={on} onChange={setOn} error={errors.on} />
          {reading('removalReading', removalReading, setRemovalReading, meter.unit)}
          <MeterPicker
            tenantId={tenantId}
            label={t('meters.exchange.newMeterId')}
            isRequired
            value={fresh}
            isChoosable={(candidate) =>
              candidate.id !== meter.id && (candidate.status === 'in_stock' || candidate.status === 'removed')
            }
            onChange={setFresh}
            error={errors.newMeterId}
          />
          {reading('installReading', installReading, setInstallReading, fresh?.unit ?? meter.unit)}
        </SimpleGrid>
        <FormActions submitLabel={t('meters.exchange.submit')} isSubmitting={mutation.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}
