import { Checkbox, Divider, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type CreatePremise,
  type Premise,
  type PremiseWithServicePoints,
  type ServiceKind,
  serviceKinds,
} from '@utilis/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../../ui/form-actions.tsx';
import { ProblemAlert } from '../../../ui/problem-alert.tsx';
import { useErrorText } from '../../../ui/use-error-text.ts';
import { PremisePicker } from './premise-picker.tsx';
import { addServicePoint, createPremise, getPremise, premiseKeys, updatePremise } from './premises-api.ts';

const textFields = [
  'reference',
  'addressLine1',
  'addressLine2',
  'postalCode',
  'city',
  'country',
  'areaM2',
  'rooms',
  'occupants',
  'districtMeteredAreaCode',
] as const;
type TextField = (typeof textFields)[number];
const fields = [...textFields, 'parentPremiseId', 'kind'] as const;
const requiredFields: TextField[] = ['addressLine1', 'city', 'country'];

const valuesOf = (premise: Premise | undefined, country: string): Record<TextField, string> => ({
  reference: premise?.reference ?? '',
  addressLine1: premise?.addressLine1 ?? '',
  addressLine2: premise?.addressLine2 ?? '',
  postalCode: premise?.postalCode ?? '',
  city: premise?.city ?? '',
  country: premise?.country ?? country,
  areaM2: premise?.areaM2 ?? '',
  rooms: premise?.rooms?.toString() ?? '',
  occupants: premise?.occupants?.toString() ?? '',
  districtMeteredAreaCode: premise?.districtMeteredAreaCode ?? '',
});

// Blank optional fields become null, which clears them on an edit and is accepted on a creation.
const text = (value: string) => value.trim() || null;
const whole = (value: string) => (value.trim() === '' ? null : Number(value));

const toBody = (values: Record<TextField, string>, parent: Premise | null): CreatePremise => ({
  parentPremiseId: parent?.id ?? null,
  reference: text(values.reference),
  addressLine1: values.addressLine1.trim(),
  addressLine2: text(values.addressLine2),
  postalCode: text(values.postalCode),
  city: values.city.trim(),
  country: values.country.trim().toUpperCase(),
  areaM2: text(values.areaM2),
  rooms: whole(values.rooms),
  occupants: whole(values.occupants),
  districtMeteredAreaCode: text(values.districtMeteredAreaCode),
});

/** Creates a premise, or edits one; either way adds the service points ticked that it lacks. */
export function PremiseForm({
  tenantId,
  defaultCountry,
  premise,
  onDone,
}: {
  tenantId: string;
  defaultCountry: string;
  premise?: PremiseWithServicePoints;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { fieldErrors } = useErrorText();
  const queryClient = useQueryClient();
  const [values, setValues] = useState(() => valuesOf(premise, defaultCountry));
  const [chosenParent, setChosenParent] = useState<Premise | null | undefined>(undefined);
  const [kinds, setKinds] = useState<ServiceKind[]>([]);
  const [missing, setMissing] = useState<Partial<Record<TextField, string>>>({});
  const existingKinds = new Set(premise?.servicePoints.map((point) => point.kind));

  // Editing a unit: its building is shown by name, so it is fetched once.
  const parentId = premise?.parentPremiseId ?? null;
  const currentParent = useQuery({
    queryKey: premiseKeys.one(tenantId, parentId ?? ''),
    queryFn: ({ signal }) => getPremise(tenantId, parentId ?? '', signal),
    enabled: parentId !== null,
  });
  const parent = chosenParent === undefined ? (currentParent.data ?? null) : chosenParent;

  const mutation = useMutation({
    mutationFn: async (body: CreatePremise) => {
      const saved = premise
        ? await updatePremise({ tenantId, premiseId: premise.id, body })
        : await createPremise({ tenantId, body });
      for (const kind of kinds) await addServicePoint({ tenantId, premiseId: saved.id, body: { kind } });
      return saved;
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: premiseKeys.ofTenant(tenantId) });
      onDone();
    },
  });

  const errors: Partial<Record<(typeof fields)[number], string>> = {
    ...fieldErrors(mutation.error, {
      premise_reference_taken: 'reference',
      premise_not_found: 'parentPremiseId',
      premise_cannot_contain_itself: 'parentPremiseId',
      service_point_kind_taken: 'kind',
    }),
    ...missing,
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const blank = requiredFields.filter((field) => !values[field].trim());
    setMissing(Object.fromEntries(blank.map((field) => [field, t('fieldErrors.required')])));
    if (blank.length > 0) return;
    const { parentPremiseId, ...rest } = toBody(values, parent);
    // An edit leaves the building alone unless it was changed here: the unit's building may still be loading.
    mutation.mutate(premise && chosenParent === undefined ? rest : { ...rest, parentPremiseId });
  };

  const input = (
    field: TextField,
    extra: { isRequired?: boolean; description?: string; inputMode?: 'decimal' | 'numeric' } = {},
  ) => (
    <TextInput
      label={t(`customers.premises.fields.${field}`)}
      description={extra.description}
      withAsterisk={extra.isRequired}
      inputMode={extra.inputMode}
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
          {input('reference', { description: t('customers.premises.hints.reference') })}
          <PremisePicker
            tenantId={tenantId}
            label={t('customers.premises.fields.parentPremiseId')}
            description={t('customers.premises.hints.parentPremiseId')}
            value={parent}
            onChange={setChosenParent}
            excludeId={premise?.id}
            error={errors.parentPremiseId}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {input('addressLine1', { isRequired: true })}
          {input('addressLine2')}
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {input('postalCode')}
          {input('city', { isRequired: true })}
          {input('country', { isRequired: true, description: t('customers.premises.hints.country') })}
        </SimpleGrid>
        <Divider label={t('customers.premises.figures')} labelPosition="left" />
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          {input('areaM2', { inputMode: 'decimal' })}
          {input('rooms', { inputMode: 'numeric' })}
          {input('occupants', { inputMode: 'numeric' })}
          {input('districtMeteredAreaCode')}
        </SimpleGrid>
        <Checkbox.Group
          label={t('customers.premises.fields.servicePoints')}
          description={t('customers.premises.hints.servicePoints')}
          value={[...existingKinds, ...kinds]}
          onChange={(checked) =>
            setKinds(serviceKinds.filter((kind) => checked.includes(kind) && !existingKinds.has(kind)))
          }
          error={errors.kind}
        >
          <Group gap="md" mt={6}>
            {serviceKinds.map((kind) => (
              <Checkbox
                key={kind}
                value={kind}
                label={t(`customers.serviceKinds.${kind}`)}
                disabled={existingKinds.has(kind)}
              />
            ))}
          </Group>
        </Checkbox.Group>
        <FormActions
          submitLabel={premise ? t('customers.premises.save') : t('customers.premises.create')}
          isSubmitting={mutation.isPending}
          onCancel={onDone}
        />
      </Stack>
    </form>
  );
}
