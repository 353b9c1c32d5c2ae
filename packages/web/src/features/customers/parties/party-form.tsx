import { Divider, Group, NativeSelect, Radio, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ContactChannel, type CreateParty, contactChannels, type PartyKind, partyKinds } from '@utilis/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languages } from '../../../i18n/languages.ts';
import { FormActions } from '../../../ui/form-actions.tsx';
import { ProblemAlert } from '../../../ui/problem-alert.tsx';
import { useErrorText } from '../../../ui/use-error-text.ts';
import { createParty, partyKeys } from './parties-api.ts';

const fields = [
  'givenName',
  'middleName',
  'familyName',
  'organisationName',
  'registrationNumber',
  'email',
  'phone',
  'reference',
  'preferredChannel',
  'preferredLocale',
] as const;
type Field = (typeof fields)[number];
/** Fields labelled under partyAccountDetails rather than parties.form. */
const detailFields = ['reference', 'preferredChannel', 'preferredLocale'] as const;

const requiredFields: Record<PartyKind, Field[]> = {
  person: ['givenName', 'familyName'],
  organisation: ['organisationName'],
};

const emptyValues = Object.fromEntries(fields.map((field) => [field, ''])) as Record<Field, string>;

/** Blank optional fields are left out: the API refuses empty strings where it expects a value or nothing. */
const optional = (value: string) => value.trim() || undefined;

const channelOf = (text: string): ContactChannel | undefined => contactChannels.find((channel) => channel === text);

const toCreateParty = (kind: PartyKind, values: Record<Field, string>): CreateParty => {
  const contact = {
    email: optional(values.email),
    phone: optional(values.phone),
    reference: optional(values.reference),
    preferredChannel: channelOf(values.preferredChannel),
    preferredLocale: optional(values.preferredLocale),
  };
  return kind === 'person'
    ? {
        kind,
        givenName: values.givenName.trim(),
        middleName: optional(values.middleName),
        familyName: values.familyName.trim(),
        ...contact,
      }
    : {
        kind,
        organisationName: values.organisationName.trim(),
        registrationNumber: optional(values.registrationNumber),
        ...contact,
      };
};

export function PartyForm({ tenantId, onDone }: { tenantId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const { fieldErrors } = useErrorText();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<PartyKind>('person');
  const [values, setValues] = useState(emptyValues);
  const [missing, setMissing] = useState<Partial<Record<Field, string>>>({});

  const mutation = useMutation({
    mutationFn: createParty,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: partyKeys.ofTenant(tenantId) });
      onDone();
    },
  });

  const errors: Partial<Record<Field, string>> = {
    ...fieldErrors(mutation.error, { party_reference_taken: 'reference' }),
    ...missing,
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const blank = requiredFields[kind].filter((field) => !values[field].trim());
    setMissing(Object.fromEntries(blank.map((field) => [field, t('fieldErrors.required')])));
    if (blank.length === 0) mutation.mutate({ tenantId, body: toCreateParty(kind, values) });
  };

  const setValue = (field: Field, value: string) => setValues((current) => ({ ...current, [field]: value }));

  const input = (
    field: Exclude<Field, (typeof detailFields)[number]>,
    extra: { autoComplete?: string; type?: string; isRequired?: boolean } = {},
  ) => (
    <TextInput
      label={t(`parties.form.${field}`)}
      withAsterisk={extra.isRequired}
      type={extra.type}
      autoComplete={extra.autoComplete}
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
        <Radio.Group
          label={t('parties.form.kind')}
          value={kind}
          onChange={(value) => {
            const next = partyKinds.find((candidate) => candidate === value);
            if (next) setKind(next);
            setMissing({});
          }}
        >
          <Group gap="lg" mt={6}>
            {partyKinds.map((option) => (
              <Radio key={option} value={option} label={t(`parties.kinds.${option}`)} />
            ))}
          </Group>
        </Radio.Group>
        {kind === 'person' ? (
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {input('givenName', { autoComplete: 'given-name', isRequired: true })}
            {input('middleName', { autoComplete: 'additional-name' })}
            {input('familyName', { autoComplete: 'family-name', isRequired: true })}
          </SimpleGrid>
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {input('organisationName', { autoComplete: 'organization', isRequired: true })}
            {input('registrationNumber', { autoComplete: 'off' })}
          </SimpleGrid>
        )}
        <Divider label={t('parties.form.contact')} labelPosition="left" />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {input('email', { autoComplete: 'email', type: 'email' })}
          {input('phone', { autoComplete: 'tel', type: 'tel' })}
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={t('partyAccountDetails.reference')}
            description={t('partyAccountDetails.referenceHint')}
            autoComplete="off"
            value={values.reference}
            onChange={(event) => setValue('reference', event.currentTarget.value)}
            error={errors.reference}
          />
          <NativeSelect
            label={t('partyAccountDetails.preferredChannel')}
            value={values.preferredChannel}
            onChange={(event) => setValue('preferredChannel', event.currentTarget.value)}
            data={[
              { value: '', label: t('partyAccountDetails.noPreference') },
              ...contactChannels.map((channel) => ({
                value: channel,
                label: t(`partyAccountDetails.channels.${channel}`),
              })),
            ]}
            error={errors.preferredChannel}
          />
          <NativeSelect
            label={t('partyAccountDetails.preferredLocale')}
            value={values.preferredLocale}
            onChange={(event) => setValue('preferredLocale', event.currentTarget.value)}
            data={[
              { value: '', label: t('partyAccountDetails.noPreference') },
              ...languages.map((language) => ({ value: language, label: t(`languages.${language}`) })),
            ]}
            error={errors.preferredLocale}
          />
        </SimpleGrid>
        <FormActions submitLabel={t('parties.form.submit')} isSubmitting={mutation.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}
