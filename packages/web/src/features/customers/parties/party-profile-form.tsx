import { NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ContactChannel, contactChannels, type Party } from '@utilis/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languages } from '../../../i18n/languages.ts';
import { FormActions } from '../../../ui/form-actions.tsx';
import { ProblemAlert } from '../../../ui/problem-alert.tsx';
import { useErrorText } from '../../../ui/use-error-text.ts';
import { partyKeys, updateParty } from './parties-api.ts';

const fields = ['reference', 'preferredChannel', 'preferredLocale'] as const;
const channelOf = (text: string): ContactChannel | null => contactChannels.find((channel) => channel === text) ?? null;

/** Changes a party's customer number and how it likes to be reached. */
export function PartyProfileForm({
  tenantId,
  party,
  canEdit,
  onDone,
}: {
  tenantId: string;
  party: Party;
  canEdit: boolean;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { fieldErrors } = useErrorText();
  const queryClient = useQueryClient();
  const [reference, setReference] = useState(party.reference ?? '');
  const [preferredChannel, setPreferredChannel] = useState<string>(party.preferredChannel ?? '');
  const [preferredLocale, setPreferredLocale] = useState(party.preferredLocale ?? '');

  const mutation = useMutation({
    mutationFn: updateParty,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: partyKeys.ofTenant(tenantId) });
      onDone();
    },
  });
  const errors: Partial<Record<(typeof fields)[number], string>> = fieldErrors(mutation.error, {
    party_reference_taken: 'reference',
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate({
      tenantId,
      partyId: party.id,
      body: {
        reference: reference.trim() || null,
        preferredChannel: channelOf(preferredChannel),
        preferredLocale: preferredLocale || null,
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <ProblemAlert error={mutation.error} fields={fields} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={t('partyAccountDetails.reference')}
            description={t('partyAccountDetails.referenceHint')}
            autoComplete="off"
            value={reference}
            onChange={(event) => setReference(event.currentTarget.value)}
            error={errors.reference}
            disabled={!canEdit}
          />
          <NativeSelect
            label={t('partyAccountDetails.preferredChannel')}
            value={preferredChannel}
            onChange={(event) => setPreferredChannel(event.currentTarget.value)}
            data={[
              { value: '', label: t('partyAccountDetails.noPreference') },
              ...contactChannels.map((channel) => ({
                value: channel,
                label: t(`partyAccountDetails.channels.${channel}`),
              })),
            ]}
            error={errors.preferredChannel}
            disabled={!canEdit}
          />
          <NativeSelect
            label={t('partyAccountDetails.preferredLocale')}
            value={preferredLocale}
            onChange={(event) => setPreferredLocale(event.currentTarget.value)}
            data={[
              { value: '', label: t('partyAccountDetails.noPreference') },
              // A stored tag outside the six interface languages (e.g. pt-BR) stays selectable.
              ...(preferredLocale && !languages.some((language) => language === preferredLocale)
                ? [{ value: preferredLocale, label: preferredLocale }]
                : []),
              ...languages.map((language) => ({ value: language, label: t(`languages.${language}`) })),
            ]}
            error={errors.preferredLocale}
            disabled={!canEdit}
          />
        </SimpleGrid>
        {canEdit && (
          <FormActions
            submitLabel={t('partyAccountDetails.list.save')}
            isSubmitting={mutation.isPending}
            onCancel={onDone}
          />
        )}
      </Stack>
    </form>
  );
}
