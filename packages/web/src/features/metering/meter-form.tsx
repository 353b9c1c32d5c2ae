import { Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type Meter, type MeterKind, type MeterWithInstallations, meterKinds } from '@utilis/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../app/router.ts';
import { type KnownUnit, knownUnits } from '../../i18n/units.ts';
import { useFormatters } from '../../i18n/use-formatters.ts';
import { DateField } from '../../ui/date-field.tsx';
import { FormActions } from '../../ui/form-actions.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useErrorText } from '../../ui/use-error-text.ts';
import { useTenantPath } from '../tenants/index.ts';
import { MeterPicker } from './meter-picker.tsx';
import { createMeter, getMeter, meterKeys, updateMeter } from './meters-api.ts';

const fields = ['serial', 'kind', 'unit', 'digits', 'multiplier', 'size', 'calibrationDueOn', 'parentMeterId'] as const;
type Field = (typeof fields)[number];
const required: Field[] = ['serial', 'unit', 'digits', 'multiplier'];

// The unit a new meter of each kind usually reads in; the clerk may change it.
const usualUnit: Record<MeterKind, KnownUnit> = {
  water_cold: 'm3',
  water_hot: 'm3',
  electricity: 'kWh',
  gas: 'm3',
  heat: 'Gcal',
  cooling: 'kWh',
};

type Values = Record<Exclude<Field, 'kind' | 'parentMeterId'>, string>;

const valuesOf = (meter: Meter | undefined): Values => ({
  serial: meter?.serial ?? '',
  unit: meter?.unit ?? usualUnit.water_cold,
  digits: String(meter?.digits ?? 5),
  multiplier: meter?.multiplier ?? '1',
  size: meter?.size ?? '',
  calibrationDueOn: meter?.calibrationDueOn ?? '',
});

/** Creates a meter in stock, or edits one's registry data when `meter` is given. */
export function MeterForm({
  tenantId,
  meter,
  onDone,
}: {
  tenantId: string;
  meter?: MeterWithInstallations;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { fieldErrors } = useErrorText();
  const format = useFormatters();
  const tenantPath = useTenantPath();
  const queryClient = useQueryClient();
  const [values, setValues] = useState(() => valuesOf(meter));
  const [kind, setKind] = useState<MeterKind>(meter?.kind ?? 'water_cold');
  const [master, setMaster] = useState<Meter | null>(null);
  const [isMasterCleared, setIsMasterCleared] = useState(false);
  const [missing, setMissing] = useState<Partial<Record<Field, string>>>({});
  // The master meter already set, shown in the picker until the clerk changes it.
  const currentMaster = useQuery({
    queryKey: meterKeys.detail(tenantId, meter?.parentMeterId ?? ''),
    queryFn: ({ signal }) => getMeter(tenantId, meter?.parentMeterId ?? '', signal),
    enabled: Boolean(meter?.parentMeterId),
  });
  const shownMaster = master ?? (isMasterCleared ? null : (currentMaster.data ?? null));

  const mutation = useMutation({
    mutationFn: (body: ReturnType<typeof bodyOf>) =>
      meter ? updateMeter({ tenantId, meterId: meter.id, body }) : createMeter({ tenantId, body }),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: meterKeys.ofTenant(tenantId) });
      onDone();
      if (!meter) navigate(tenantPath(`/meters/${saved.id}`));
    },
  });
  const errors: Partial<Record<Field, string>> = {
    ...fieldErrors(mutation.error, {
      meter_serial_taken: 'serial',
      meter_cannot_be_its_own_master: 'parentMeterId',
      meter_still_installed: 'kind',
      reading_exceeds_register: 'digits',
    }),
    ...missing,
  };

  // Blank optional fields are sent as null: on an edit that clears them.
  const bodyOf = () => ({
    serial: values.serial.trim(),
    kind,
    unit: values.unit.trim(),
    digits: Number.parseInt(values.digits, 10),
    multiplier: values.multiplier.trim(),
    size: values.size.trim() || null,
    calibrationDueOn: values.calibrationDueOn || null,
    // On an edit the master meter is sent only once the clerk changed it: one still loading is kept.
    ...(!meter || master !== null || isMasterCleared ? { parentMeterId: master?.id ?? null } : {}),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const blank = required.filter((field) => field !== 'kind' && field !== 'parentMeterId' && !values[field].trim());
    setMissing(Object.fromEntries(blank.map((field) => [field, t('fieldErrors.required')])));
    if (blank.length === 0) mutation.mutate(bodyOf());
  };

  const input = (field: keyof Values, extra: { type?: string; description?: string } = {}) => (
    <TextInput
      label={t(`meters.form.${field}`)}
      description={extra.description}
      withAsterisk={required.includes(field)}
      type={extra.type}
      autoComplete="off"
      value={values[field]}
      onChange={(event) => {
        const { value } = event.currentTarget;
        setValues((current) => ({ ...current, [field]: value }));
        setMissing(({ [field]: _, ...rest }) => rest);
      }}
      error={errors[field]}
    />
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <ProblemAlert error={mutation.error} fields={fields} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {input('serial')}
          <Select
            label={t('meters.form.kind')}
            withAsterisk
            allowDeselect={false}
            data={meterKinds.map((value) => ({ value, label: t(`meters.kinds.${value}`) }))}
            value={kind}
            onChange={(value) => {
              const next = meterKinds.find((candidate) => candidate === value);
              if (!next) return;
              setKind(next);
              if (!meter) setValues((current) => ({ ...current, unit: usualUnit[next] }));
            }}
            error={errors.kind}
          />
          <Select
            label={t('meters.form.unit')}
            withAsterisk
            allowDeselect={false}
            // A meter recorded with another unit keeps it, shown as written.
            data={[...new Set([...knownUnits, values.unit])].map((unit) => ({ value: unit, label: format.unit(unit) }))}
            value={values.unit}
            onChange={(unit) => {
              if (unit) setValues((current) => ({ ...current, unit }));
            }}
            error={errors.unit}
          />
          {input('digits', { type: 'number', description: t('meters.form.digitsHint') })}
          {input('multiplier', { description: t('meters.form.multiplierHint') })}
          {input('size')}
          <DateField
            label={t('meters.form.calibrationDueOn')}
            value={values.calibrationDueOn}
            onChange={(calibrationDueOn) => setValues((current) => ({ ...current, calibrationDueOn }))}
            error={errors.calibrationDueOn}
          />
          <MeterPicker
            tenantId={tenantId}
            label={t('meters.form.parentMeterId')}
            value={shownMaster}
            isChoosable={(candidate) => candidate.id !== meter?.id}
            onChange={(choice) => {
              setMaster(choice);
              setIsMasterCleared(choice === null);
            }}
            error={errors.parentMeterId}
          />
        </SimpleGrid>
        <FormActions
          submitLabel={meter ? t('meters.form.save') : t('meters.form.submit')}
          isSubmitting={mutation.isPending}
          onCancel={onDone}
        />
      </Stack>
    </form>
  );
}
