import { ActionIcon, Popover, TextInput } from '@mantine/core';
import { DatePicker } from '@mantine/dates';
import { useDisclosure } from '@mantine/hooks';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dateEntryPattern, parseDateEntry } from '../i18n/date-entry.ts';
import { useFormatters } from '../i18n/use-formatters.ts';
import { CalendarIcon } from './icons.tsx';

/**
 * A calendar date typed in the tenant's own order (25/12/2026 for a British company, whatever the
 * browser's language), or picked from a calendar that opens from its button. The value is the
 * API's `YYYY-MM-DD`, blank when empty; text that names no day is passed on as typed, so the form
 * or the server refuses it instead of dropping it.
 */
export function DateField({
  label,
  description,
  value,
  onChange,
  error,
  withAsterisk,
  disabled,
  size,
  'aria-label': ariaLabel,
}: {
  label?: ReactNode;
  description?: ReactNode;
  value: string;
  onChange: (value: string) => void;
  error?: ReactNode;
  withAsterisk?: boolean;
  disabled?: boolean;
  size?: 'xs' | 'sm' | 'md';
  'aria-label'?: string;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [isCalendarOpen, calendar] = useDisclosure(false);
  // What was typed, kept while it is being typed; otherwise the value as the locale writes it.
  const [typed, setTyped] = useState<{ text: string; value: string } | null>(null);
  const [isTouched, setIsTouched] = useState(false);
  const text = typed && typed.value === value ? typed.text : value === '' ? '' : format.dateEntry(value);
  const parsed = value === '' ? null : parseDateEntry(value, format.entryLocale);
  const placeholder = dateEntryPattern(format.entryLocale)
    .parts.map((part) => (typeof part === 'string' ? t(`dates.entry.${part}`) : part.literal))
    .join('');
  const ownError = isTouched && value !== '' && parsed === null ? t('dates.notADate', { example: placeholder }) : null;

  const choose = (next: string) => {
    setTyped(null);
    onChange(next);
  };

  return (
    <TextInput
      label={label}
      description={description}
      aria-label={ariaLabel}
      withAsterisk={withAsterisk}
      disabled={disabled}
      size={size}
      placeholder={placeholder}
      autoComplete="off"
      inputMode="numeric"
      value={text}
      onChange={(event) => {
        const next = event.currentTarget.value;
        const meant = next.trim() === '' ? '' : (parseDateEntry(next, format.entryLocale) ?? next);
        setTyped({ text: next, value: meant });
        setIsTouched(false);
        onChange(meant);
      }}
      onBlur={() => {
        setIsTouched(true);
        // A date typed as 1.3.2025 or 2025-03-01 is shown back as the locale writes it.
        if (parsed !== null) setTyped(null);
      }}
      error={error ?? ownError}
      rightSection={
        <Popover opened={isCalendarOpen} onDismiss={calendar.close} position="bottom-end" shadow="md">
          <Popover.Target>
            <ActionIcon
              variant="subtle"
              color="gray"
              size={size === 'xs' ? 'sm' : 'md'}
              aria-label={t('dates.openCalendar')}
              disabled={disabled}
              onClick={calendar.toggle}
            >
              <CalendarIcon size={size === 'xs' ? 14 : 16} />
            </ActionIcon>
          </Popover.Target>
          <Popover.Dropdown>
            <DatePicker
              value={parsed}
              defaultDate={parsed ?? undefined}
              onChange={(picked) => {
                if (picked) choose(picked);
                calendar.close();
              }}
            />
          </Popover.Dropdown>
        </Popover>
      }
    />
  );
}
