import { Stack, Tabs, TextInput } from '@mantine/core';
import {
  type Account,
  type AccountBenefit,
  type AccountProtection,
  type HouseholdPerson,
  protectionStatuses,
} from '@utilis/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CustomFieldsPanel } from '../custom-fields/index.ts';
import { AccountBillingForm } from './account-billing-form.tsx';
import { AccountFactHistory } from './account-fact-history.tsx';
import {
  accountListKey,
  getAccountBenefits,
  getAccountProtections,
  getHouseholdPersons,
  putAccountBenefits,
  putAccountProtections,
  putHouseholdPersons,
} from './accounts-api.ts';
import { type Draft, EntryListEditor, valueOrNull } from './entry-list-editor.tsx';

// Stable outside the component: the editor reloads its rows when these change.
const periodDraft = (item: { id: string; startOn: string; endOn: string | null }, values: Record<string, string>) => ({
  id: item.id,
  values: { ...values, startOn: item.startOn, endOn: item.endOn ?? '' },
});
const personDraft = (item: HouseholdPerson): Draft => periodDraft(item, { name: item.name });
const protectionDraft = (item: AccountProtection): Draft =>
  periodDraft(item, { status: item.status, reason: item.reason });
const benefitDraft = (item: AccountBenefit): Draft =>
  periodDraft(item, { code: item.code, reference: item.reference ?? '' });
const period = ({ id, values }: Draft) => ({ id, startOn: values.startOn ?? '', endOn: valueOrNull(values.endOn) });

/**
 * How one account is billed, and its household, protection periods and benefits, each list edited
 * whole; every save is recorded as new dated entries (with the reason given), shown under History.
 */
export function AccountListsPanel({
  tenantId,
  account,
  canEdit,
  onDone,
}: {
  tenantId: string;
  account: Account;
  canEdit: boolean;
  onDone: () => void;
}) {
  const accountId = account.id;
  const { t } = useTranslation();
  const dates = [
    { name: 'startOn', label: t('partyAccountDetails.period.startOn'), kind: 'date', isRequired: true },
    { name: 'endOn', label: t('partyAccountDetails.period.endOn'), kind: 'date' },
  ] as const;
  // Why the billing inputs change: kept with every entry the next save records.
  const [reason, setReason] = useState('');
  const why = () => valueOrNull(reason) ?? undefined;
  const reasonField = canEdit && (
    <TextInput
      label={t('partyAccountDetails.facts.reason')}
      description={t('partyAccountDetails.facts.reasonHint')}
      value={reason}
      onChange={(event) => setReason(event.currentTarget.value)}
      maxLength={500}
    />
  );

  return (
    <Tabs defaultValue="billing" keepMounted={false}>
      <Tabs.List>
        <Tabs.Tab value="billing">{t('partyAccountDetails.tabs.billing')}</Tabs.Tab>
        <Tabs.Tab value="household">{t('partyAccountDetails.tabs.household')}</Tabs.Tab>
        <Tabs.Tab value="protections">{t('partyAccountDetails.tabs.protections')}</Tabs.Tab>
        <Tabs.Tab value="benefits">{t('partyAccountDetails.tabs.benefits')}</Tabs.Tab>
        <Tabs.Tab value="customFields">{t('customFields.panel.title')}</Tabs.Tab>
        <Tabs.Tab value="history">{t('partyAccountDetails.tabs.history')}</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="billing" pt="md">
        <AccountBillingForm tenantId={tenantId} account={account} canEdit={canEdit} onDone={onDone} />
      </Tabs.Panel>
      <Tabs.Panel value="household" pt="md">
        <Stack gap="sm">
          {reasonField}
          <EntryListEditor
            label={t('partyAccountDetails.tabs.household')}
            queryKey={accountListKey(tenantId, accountId, 'household-persons')}
            load={(signal) => getHouseholdPersons(tenantId, accountId, signal)}
            save={(drafts) =>
              putHouseholdPersons(tenantId, accountId, {
                items: drafts.map((draft) => ({ ...period(draft), name: draft.values.name?.trim() ?? '' })),
                reason: why(),
              })
            }
            fields={[
              { name: 'name', label: t('partyAccountDetails.household.name'), kind: 'text', isRequired: true },
              ...dates,
            ]}
            toDraft={personDraft}
            emptyValues={{ name: '', startOn: '', endOn: '' }}
            canEdit={canEdit}
          />
        </Stack>
      </Tabs.Panel>
      <Tabs.Panel value="protections" pt="md">
        <Stack gap="sm">
          {reasonField}
          <EntryListEditor
            label={t('partyAccountDetails.tabs.protections')}
            queryKey={accountListKey(tenantId, accountId, 'protections')}
            load={(signal) => getAccountProtections(tenantId, accountId, signal)}
            save={(drafts) =>
              putAccountProtections(tenantId, accountId, {
                items: drafts.map((draft) => ({
                  ...period(draft),
                  status: draft.values.status === 'protected' ? 'protected' : 'vulnerable',
                  reason: draft.values.reason?.trim() ?? '',
                })),
                reason: why(),
              })
            }
            fields={[
              {
                name: 'status',
                label: t('partyAccountDetails.protections.status'),
                kind: 'select',
                isRequired: true,
                options: protectionStatuses.map((status) => ({
                  value: status,
                  label: t(`partyAccountDetails.protections.statuses.${status}`),
                })),
              },
              { name: 'reason', label: t('partyAccountDetails.protections.reason'), kind: 'text', isRequired: true },
              ...dates,
            ]}
            toDraft={protectionDraft}
            emptyValues={{ status: 'vulnerable', reason: '', startOn: '', endOn: '' }}
            canEdit={canEdit}
          />
        </Stack>
      </Tabs.Panel>
      <Tabs.Panel value="benefits" pt="md">
        <Stack gap="sm">
          {reasonField}
          <EntryListEditor
            label={t('partyAccountDetails.tabs.benefits')}
            queryKey={accountListKey(tenantId, accountId, 'benefits')}
            load={(signal) => getAccountBenefits(tenantId, accountId, signal)}
            save={(drafts) =>
              putAccountBenefits(tenantId, accountId, {
                items: drafts.map((draft) => ({
                  ...period(draft),
                  code: draft.values.code?.trim() ?? '',
                  reference: valueOrNull(draft.values.reference),
                })),
                reason: why(),
              })
            }
            fields={[
              { name: 'code', label: t('partyAccountDetails.benefits.code'), kind: 'text', isRequired: true },
              { name: 'reference', label: t('partyAccountDetails.benefits.reference'), kind: 'text' },
              ...dates,
            ]}
            toDraft={benefitDraft}
            emptyValues={{ code: '', reference: '', startOn: '', endOn: '' }}
            canEdit={canEdit}
          />
        </Stack>
      </Tabs.Panel>
      <Tabs.Panel value="customFields" pt="md">
        <CustomFieldsPanel entity="account" entityId={accountId} />
      </Tabs.Panel>
      <Tabs.Panel value="history" pt="md">
        <AccountFactHistory tenantId={tenantId} accountId={accountId} />
      </Tabs.Panel>
    </Tabs>
  );
}
