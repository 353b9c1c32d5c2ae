import { Tabs } from '@mantine/core';
import {
  type ContactChannel,
  contactChannels,
  type IdentityDocument,
  type Party,
  type PartyContact,
} from '@utilis/contracts';
import { useTranslation } from 'react-i18next';
import { type Draft, EntryListEditor, valueOrNull } from '../accounts/entry-list-editor.tsx';
import {
  getIdentityDocuments,
  getPartyContacts,
  partyListKey,
  putIdentityDocuments,
  putPartyContacts,
} from './parties-api.ts';
import { PartyProfileForm } from './party-profile-form.tsx';

/** The document kinds offered; the API takes any code, so a stored one of the tenant's stays. */
const documentKinds = ['passport', 'national_id', 'tax_id', 'driving_licence'] as const;

// Stable outside the component: the editor reloads its rows when these change.
const documentDraft = (item: IdentityDocument): Draft => ({
  id: item.id,
  values: {
    kind: item.kind,
    number: item.number,
    issuingCountry: item.issuingCountry ?? '',
    issuedOn: item.issuedOn ?? '',
    validUntil: item.validUntil ?? '',
  },
});
const contactDraft = (item: PartyContact): Draft => ({
  id: item.id,
  values: {
    channel: item.channel,
    value: item.value,
    serviceGivenOn: item.serviceNotices.givenOn ?? '',
    serviceWithdrawnOn: item.serviceNotices.withdrawnOn ?? '',
    marketingGivenOn: item.marketing.givenOn ?? '',
    marketingWithdrawnOn: item.marketing.withdrawnOn ?? '',
  },
});
const channelOf = (text: string | undefined): ContactChannel =>
  contactChannels.find((channel) => channel === text) ?? 'email';

/** A party's customer number and preferences, identity documents and contacts with consents. */
export function PartyListsPanel({
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
  const partyId = party.id;
  const { t } = useTranslation();

  return (
    <Tabs defaultValue="profile" keepMounted={false}>
      <Tabs.List>
        <Tabs.Tab value="profile">{t('partyAccountDetails.tabs.profile')}</Tabs.Tab>
        <Tabs.Tab value="documents">{t('partyAccountDetails.tabs.identityDocuments')}</Tabs.Tab>
        <Tabs.Tab value="contacts">{t('partyAccountDetails.tabs.contacts')}</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="profile" pt="md">
        <PartyProfileForm tenantId={tenantId} party={party} canEdit={canEdit} onDone={onDone} />
      </Tabs.Panel>
      <Tabs.Panel value="documents" pt="md">
        <EntryListEditor
          label={t('partyAccountDetails.tabs.identityDocuments')}
          queryKey={partyListKey(tenantId, partyId, 'identity-documents')}
          load={(signal) => getIdentityDocuments(tenantId, partyId, signal)}
          save={(drafts) =>
            putIdentityDocuments(tenantId, partyId, {
              items: drafts.map(({ id, values }) => ({
                id,
                kind: values.kind ?? 'passport',
                number: values.number?.trim() ?? '',
                issuingCountry: valueOrNull(values.issuingCountry?.toUpperCase()),
                issuedOn: valueOrNull(values.issuedOn),
                validUntil: valueOrNull(values.validUntil),
              })),
            })
          }
          fields={[
            {
              name: 'kind',
              label: t('partyAccountDetails.documents.kind'),
              kind: 'select',
              isRequired: true,
              options: documentKinds.map((kind) => ({
                value: kind,
                label: t(`partyAccountDetails.documents.kinds.${kind}`),
              })),
            },
            { name: 'number', label: t('partyAccountDetails.documents.number'), kind: 'text', isRequired: true },
            { name: 'issuingCountry', label: t('partyAccountDetails.documents.issuingCountry'), kind: 'text' },
            { name: 'issuedOn', label: t('partyAccountDetails.documents.issuedOn'), kind: 'date' },
            { name: 'validUntil', label: t('partyAccountDetails.documents.validUntil'), kind: 'date' },
          ]}
          toDraft={documentDraft}
          emptyValues={{ kind: 'passport', number: '', issuingCountry: '', issuedOn: '', validUntil: '' }}
          canEdit={canEdit}
        />
      </Tabs.Panel>
      <Tabs.Panel value="contacts" pt="md">
        <EntryListEditor
          label={t('partyAccountDetails.tabs.contacts')}
          queryKey={partyListKey(tenantId, partyId, 'contacts')}
          load={(signal) => getPartyContacts(tenantId, partyId, signal)}
          save={(drafts) =>
            putPartyContacts(tenantId, partyId, {
              items: drafts.map(({ id, values }) => ({
                id,
                channel: channelOf(values.channel),
                value: values.value?.trim() ?? '',
                serviceNotices: {
                  givenOn: valueOrNull(values.serviceGivenOn),
                  withdrawnOn: valueOrNull(values.serviceWithdrawnOn),
                },
                marketing: {
                  givenOn: valueOrNull(values.marketingGivenOn),
                  withdrawnOn: valueOrNull(values.marketingWithdrawnOn),
                },
              })),
            })
          }
          fields={[
            {
              name: 'channel',
              label: t('partyAccountDetails.contacts.channel'),
              kind: 'select',
              isRequired: true,
              options: contactChannels.map((channel) => ({
                value: channel,
                label: t(`partyAccountDetails.channels.${channel}`),
              })),
            },
            { name: 'value', label: t('partyAccountDetails.contacts.value'), kind: 'text', isRequired: true },
            { name: 'serviceGivenOn', label: t('partyAccountDetails.contacts.serviceGivenOn'), kind: 'date' },
            { name: 'serviceWithdrawnOn', label: t('partyAccountDetails.contacts.serviceWithdrawnOn'), kind: 'date' },
            { name: 'marketingGivenOn', label: t('partyAccountDetails.contacts.marketingGivenOn'), kind: 'date' },
            {
              name: 'marketingWithdrawnOn',
              label: t('partyAccountDetails.contacts.marketingWithdrawnOn'),
              kind: 'date',
            },
          ]}
          toDraft={contactDraft}
          emptyValues={{
            channel: 'email',
            value: '',
            serviceGivenOn: '',
            serviceWithdrawnOn: '',
            marketingGivenOn: '',
            marketingWithdrawnOn: '',
          }}
          canEdit={canEdit}
        />
      </Tabs.Panel>
    </Tabs>
  );
}
