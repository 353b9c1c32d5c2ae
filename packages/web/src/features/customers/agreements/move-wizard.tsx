import { Alert, Button, Group, Select, Stack, Stepper, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Account, AgreementChange, MoveReading, Premise } from '@utilis/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../i18n/use-formatters.ts';
import { DateField } from '../../../ui/date-field.tsx';
import { ProblemAlert } from '../../../ui/problem-alert.tsx';
// Parts of the customers context reach each other's files directly: through the index they would form a cycle.
import { PremisePicker } from '../premises/premise-picker.tsx';
import { getPremise, premiseKeys } from '../premises/premises-api.ts';
import { getServicePoint, type MoveKind, recordMove, searchAccounts, servicePointKeys } from './agreements-api.ts';

type ReadingRow = { register: string; value: string };

const steps = ['servicePoint', 'account', 'date', 'readings', 'confirm'] as const;
const isExactValue = (value: string) => /^\d{1,12}(\.\d{1,6})?$/.test(value.trim());
const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/** Chooses the incoming account by number or holder, or among one party's accounts only. */
function AccountSelect({
  tenantId,
  partyId,
  value,
  onChange,
}: {
  tenantId: string;
  partyId?: string;
  value: Account | null;
  onChange: (account: Account | null) => void;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const isSearchTheChoice = value !== null && search === `${value.accountNumber} · ${value.partyDisplayName}`;
  const query = useQuery({
    queryKey: ['accounts', tenantId, 'move-choices', partyId ?? '', isSearchTheChoice ? '' : q],
    queryFn: ({ signal }) => searchAccounts(tenantId, { q: isSearchTheChoice ? undefined : q, partyId }, signal),
    placeholderData: keepPreviousData,
  });
  const found = (query.data?.items ?? []).filter((account) => account.status === 'active');
  const choices = value && !found.some((account) => account.id === value.id) ? [value, ...found] : found;
  return (
    <Select
      label={t('customers.moves.account')}
      description={t('customers.moves.accountHint')}
      withAsterisk
      searchable
      data={choices.map((account) => ({
        value: account.id,
        label: `${account.accountNumber} · ${account.partyDisplayName}`,
      }))}
      filter={({ options }) => options}
      searchValue={search}
      onSearchChange={setSearch}
      value={value?.id ?? null}
      onChange={(accountId) => onChange(choices.find((account) => account.id === accountId) ?? null)}
      nothingFoundMessage={query.isFetching ? t('common.loading') : t('customers.moves.noAccount')}
    />
  );
}

/**
 * Moves a customer in or out, or transfers a service point from one account to another, in
 * steps: where, who, when, the meter readings on that day, then a confirmation that says when a
 * final bill will be requested.
 */
export function MoveWizard({
  tenantId,
  kind,
  premise: presetPremise,
  servicePointId: presetServicePointId,
  partyId,
  onDone,
}: {
  tenantId: string;
  kind: MoveKind;
  premise?: Premise;
  servicePointId?: string;
  /** Offer only this party's accounts. */
  partyId?: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const queryClient = useQueryClient();
  const [step, setStep] = useState(0);
  const [premise, setPremise] = useState<Premise | null>(presetPremise ?? null);
  const [servicePointId, setServicePointId] = useState<string | null>(presetServicePointId ?? null);
  const [account, setAccount] = useState<Account | null>(null);
  const [on, setOn] = useState('');
  const [readings, setReadings] = useState<ReadingRow[]>([{ register: 'main', value: '' }]);

  const premiseQuery = useQuery({
    queryKey: premiseKeys.one(tenantId, premise?.id ?? ''),
    queryFn: ({ signal }) => getPremise(tenantId, premise?.id ?? '', signal),
    enabled: premise !== null,
  });
  const servicePointQuery = useQuery({
    queryKey: servicePointKeys.one(tenantId, servicePointId ?? ''),
    queryFn: ({ signal }) => getServicePoint(tenantId, servicePointId ?? '', signal),
    enabled: servicePointId !== null,
  });
  const running = servicePointQuery.data?.agreements.find((agreement) => agreement.endOn === null);

  const mutation = useMutation({
    mutationFn: () => {
      const given: MoveReading[] = readings
        .filter((row) => row.value.trim() !== '')
        .map((row) => ({ register: row.register.trim() || 'main', value: row.value.trim() }));
      const body =
        kind === 'move-out' ? { on, readings: given } : { on, accountId: account?.id ?? '', readings: given };
      return recordMove({ tenantId, servicePointId: servicePointId ?? '', kind, body });
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['party-overview', tenantId] });
      await queryClient.invalidateQueries({ queryKey: servicePointKeys.one(tenantId, servicePointId ?? '') });
    },
  });
  const done: AgreementChange | undefined = mutation.data;

  const needsAccount = kind !== 'move-out';
  const isStepReady = [
    servicePointId !== null,
    !needsAccount || account !== null,
    isDate(on),
    readings.every((row) => row.value.trim() === '' || isExactValue(row.value)),
    true,
  ];
  const stepLabel = (name: (typeof steps)[number]) => t(`customers.moves.steps.${name}`);

  const servicePointStep = (
    <Stack gap="sm">
      <PremisePicker
        tenantId={tenantId}
        label={t('customers.moves.premise')}
        value={premise}
        isRequired
        onChange={(choice) => {
          setPremise(choice);
          setServicePointId(null);
        }}
      />
      <Select
        label={t('customers.moves.servicePoint')}
        withAsterisk
        disabled={!premiseQuery.data}
        data={(premiseQuery.data?.servicePoints ?? []).map((point) => ({
          value: point.id,
          label: t(`customers.serviceKinds.${point.kind}`),
        }))}
        value={servicePointId}
        onChange={setServicePointId}
        nothingFoundMessage={t('customers.moves.noServicePoint')}
      />
      {servicePointId && servicePointQuery.data && (
        <Text size="sm" c="dimmed">
          {running
            ? t('customers.moves.occupiedSince', { date: format.date(running.startOn) })
            : t('customers.moves.vacant')}
        </Text>
      )}
    </Stack>
  );

  const accountStep = needsAccount ? (
    <AccountSelect tenantId={tenantId} partyId={partyId} value={account} onChange={setAccount} />
  ) : (
    <Text size="sm">
      {running
        ? t('customers.moves.leavingSince', { date: format.date(running.startOn) })
        : t('customers.moves.vacant')}
    </Text>
  );

  const dateStep = (
    <DateField
      label={t('customers.moves.on')}
      description={t(
        `customers.moves.onHint.${kind === 'move-in' ? 'moveIn' : kind === 'move-out' ? 'moveOut' : 'transfer'}`,
      )}
      withAsterisk
      value={on}
      onChange={setOn}
    />
  );

  const readingsStep = (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {t('customers.moves.readingsHint')}
      </Text>
      {readings.map((row, index) => (
        // Rows are only appended, never reordered: the index names a row for its life.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <Group key={index} grow align="flex-start">
          <TextInput
            label={t('customers.moves.register')}
            value={row.register}
            onChange={(event) => {
              const { value } = event.currentTarget;
              setReadings((current) => current.map((each, at) => (at === index ? { ...each, register: value } : each)));
            }}
          />
          <TextInput
            label={t('customers.moves.readingValue')}
            inputMode="decimal"
            value={row.value}
            error={row.value.trim() !== '' && !isExactValue(row.value) ? t('fieldErrors.invalid_format') : undefined}
            onChange={(event) => {
              const { value } = event.currentTarget;
              setReadings((current) => current.map((each, at) => (at === index ? { ...each, value } : each)));
            }}
          />
        </Group>
      ))}
      <Group>
        <Button
          variant="subtle"
          size="xs"
          onClick={() => setReadings((current) => [...current, { register: '', value: '' }])}
        >
          {t('customers.moves.addReading')}
        </Button>
      </Group>
    </Stack>
  );

  const confirmStep = (
    <Stack gap="sm">
      <Table withRowBorders={false} aria-label={t('customers.moves.summary')}>
        <Table.Tbody>
          <Table.Tr>
            <Table.Th>{t('customers.moves.premise')}</Table.Th>
            <Table.Td>{premise ? `${premise.addressLine1}, ${premise.city}` : '—'}</Table.Td>
          </Table.Tr>
          {servicePointQuery.data && (
            <Table.Tr>
              <Table.Th>{t('customers.moves.servicePoint')}</Table.Th>
              <Table.Td>{t(`customers.serviceKinds.${servicePointQuery.data.kind}`)}</Table.Td>
            </Table.Tr>
          )}
          {account && (
            <Table.Tr>
              <Table.Th>{t('customers.moves.account')}</Table.Th>
              <Table.Td>{`${account.accountNumber} · ${account.partyDisplayName}`}</Table.Td>
            </Table.Tr>
          )}
          <Table.Tr>
            <Table.Th>{t('customers.moves.on')}</Table.Th>
            <Table.Td>{isDate(on) ? format.date(on) : '—'}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>{t('customers.moves.steps.readings')}</Table.Th>
            <Table.Td>
              {readings
                .filter((row) => row.value.trim() !== '')
                .map((row) => `${row.register.trim() || 'main'}: ${row.value.trim()}`)
                .join(', ') || '—'}
            </Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      {kind !== 'move-in' && (
        <Alert color="blue" variant="light" title={t('customers.moves.finalBillTitle')}>
          {isDate(on) ? t('customers.moves.finalBillNotice', { date: format.date(on) }) : null}
        </Alert>
      )}
      <ProblemAlert error={mutation.error} />
    </Stack>
  );

  if (done) {
    const ended = done.endedAgreement;
    return (
      <Stack gap="md">
        <Alert color="teal" variant="light" title={t(`customers.moves.done.${done.kind}`)}>
          {ended?.finalBillRequestedOn
            ? t('customers.moves.finalBillRequested', {
                date: format.date(ended.finalBillRequestedOn),
                endOn: format.date(ended.endOn ?? ended.startOn),
              })
            : t('customers.moves.noFinalBill')}
        </Alert>
        <Group justify="flex-end">
          <Button onClick={onDone}>{t('common.close')}</Button>
        </Group>
      </Stack>
    );
  }

  const contents = [servicePointStep, accountStep, dateStep, readingsStep, confirmStep];
  return (
    <Stack gap="md">
      <Stepper active={step} onStepClick={(target) => target < step && setStep(target)} size="sm">
        {steps.map((name, index) => (
          <Stepper.Step key={name} label={stepLabel(name)}>
            {contents[index]}
          </Stepper.Step>
        ))}
      </Stepper>
      <Group justify="space-between">
        <Button variant="default" onClick={step === 0 ? onDone : () => setStep(step - 1)}>
          {step === 0 ? t('common.cancel') : t('customers.moves.back')}
        </Button>
        {step < steps.length - 1 ? (
          <Button disabled={!isStepReady[step]} onClick={() => setStep(step + 1)}>
            {t('customers.moves.next')}
          </Button>
        ) : (
          <Button loading={mutation.isPending} onClick={() => mutation.mutate()}>
            {t(
              `customers.moves.submit.${kind === 'move-in' ? 'moveIn' : kind === 'move-out' ? 'moveOut' : 'transfer'}`,
            )}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
