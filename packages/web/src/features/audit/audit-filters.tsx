import { Button, Group, Paper, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** What the person typed; blank means no filter. Dates are whole days in the browser's time zone. */
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

const startOfDay = (date: string) => new Date(`${date}T00:00:00`);

/** The API's query: `to` is exclusive, so the last chosen day is included whole. */
export function toAuditQuery(values: AuditFilterValues) {
  const trimmed = (text: string) => text.trim() || undefined;
  const dayAfter = (date: string) => {
    const next = startOfDay(date);
    next.setDate(next.getDate() + 1);
    return next.toISOString();
  };
  return {
    entityType: trimmed(values.entityType),
    entityId: trimmed(values.entityId),
    // An actor id that is not one yet (still being typed) is left out instead of refused by the server.
    actorId: isUuid(values.actorId.trim()) ? values.actorId.trim() : undefined,
    action: trimmed(values.action),
    from: values.fromDate ? startOfDay(values.fromDate).toISOString() : undefined,
    to: values.toDate ? dayAfter(values.toDate) : undefined,
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
  const input = (field: keyof AuditFilterValues, extra: { type?: string; placeholder?: string } = {}) => (
    <TextInput
      label={t(`audit.filters.${field}`)}
      type={extra.type}
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
        {input('fromDate', { type: 'date' })}
        {input('toDate', { type: 'date' })}
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
