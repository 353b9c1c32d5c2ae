import { Button, Group, Paper, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../ui/date-field.tsx';
import { dayAfter, startOfDay } from './start-of-day.ts';

/** What the person typed; blank means no filter. Dates are whole days in the time zone the events are shown in. */
export type AuditFilterValues = {
  entityType: string;
  entityId: string;
  actorId: string;
  action: string;
  fromDate: string;
  toDate: string;
};

export const noAuditFilters: AuditFilterValues = {
  entityType: '',
  entityId: '',
  actorId: '',
  action: '',
  fromDate: '',
  toDate: '',
};

const isUuid = (text: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text);

const isDate = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text);

/** The API's query: `to` is exclusive, so the last chosen day is included whole. */
export function toAuditQuery(values: AuditFilterValues, timeZone: string | undefined) {
  const trimmed = (text: string) => text.trim() || undefined;
  return {
    entityType: trimmed(values.entityType),
    entityId: trimmed(values.entityId),
    // An actor id that is not one yet (still being typed) is left out instead of refused by the server.
    actorId: isUuid(values.actorId.trim()) ? values.actorId.trim() : undefined,
    action: trimmed(values.action),
    // A date still being typed is left out, like an unfinished actor id.
    from: isDate(values.fromDate) ? startOfDay(values.fromDate, timeZone) : undefined,
    to: isDate(values.toDate) ? startOfDay(dayAfter(values.toDate), timeZone) : undefined,
  };
}

export function AuditFilters({
  values,
  onChange,
}: {
  values: AuditFilterValues;
  onChange: (values: AuditFilterValues) => void;
}) {
  const { t } = useTranslation();
  const input = (field: keyof AuditFilterValues, extra: { placeholder?: string } = {}) => (
    <TextInput
      label={t(`audit.filters.${field}`)}
      placeholder={extra.placeholder}
      value={values[field]}
      onChange={(event) => onChange({ ...values, [field]: event.currentTarget.value })}
      autoComplete="off"
      error={
        field === 'actorId' && values.actorId.trim() && !isUuid(values.actorId.trim())
          ? t('audit.filters.actorIdInvalid')
          : undefined
      }
    />
  );
  const isFiltered = Object.values(values).some((value) => value.trim() !== '');
  return (
    <Paper withBorder p="md" component="section" aria-label={t('audit.filters.label')}>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3, xl: 6 }} spacing="sm">
        {input('entityType', { placeholder: 'party' })}
        {input('entityId')}
        {input('action', { placeholder: 'party.update' })}
        {input('actorId')}
        {(['fromDate', 'toDate'] as const).map((field) => (
          <DateField
            key={field}
            label={t(`audit.filters.${field}`)}
            value={values[field]}
            onChange={(date) => onChange({ ...values, [field]: date })}
          />
        ))}
      </SimpleGrid>
      {isFiltered && (
        <Group justify="flex-end" mt="sm">
          <Button variant="subtle" size="xs" onClick={() => onChange(noAuditFilters)}>
            {t('audit.filters.clear')}
          </Button>
        </Group>
      )}
    </Paper>
  );
}
