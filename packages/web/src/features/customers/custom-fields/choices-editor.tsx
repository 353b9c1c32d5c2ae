import { ActionIcon, Button, Group, Input, Stack, TextInput } from '@mantine/core';
import type { CustomFieldChoice } from '@utilis/contracts';
import { useTranslation } from 'react-i18next';

/** The options of a choice field as rows of code and label; a code in use cannot be renamed on the server. */
export function ChoicesEditor({
  choices,
  onChange,
  error,
}: {
  choices: CustomFieldChoice[];
  onChange: (choices: CustomFieldChoice[]) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const change = (index: number, part: Partial<CustomFieldChoice>) =>
    onChange(choices.map((choice, at) => (at === index ? { ...choice, ...part } : choice)));
  return (
    <Input.Wrapper
      label={t('customFields.form.choices')}
      description={t('customFields.form.choicesHint')}
      error={error}
    >
      <Stack gap="xs" mt={6}>
        {choices.map((choice, index) => (
          // Rows have no identity but their place: codes may be blank or repeated while typed.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <Group key={index} gap="xs" wrap="nowrap" align="flex-start">
            <TextInput
              aria-label={t('customFields.form.choiceCode', { number: index + 1 })}
              placeholder={t('customFields.form.choiceCodePlaceholder')}
              ff="monospace"
              value={choice.code}
              onChange={(event) => change(index, { code: event.currentTarget.value })}
            />
            <TextInput
              style={{ flex: 1 }}
              aria-label={t('customFields.form.choiceLabel', { number: index + 1 })}
              placeholder={t('customFields.form.choiceLabelPlaceholder')}
              value={choice.label}
              onChange={(event) => change(index, { label: event.currentTarget.value })}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              aria-label={t('customFields.form.removeChoice', { number: index + 1 })}
              onClick={() => onChange(choices.filter((_, at) => at !== index))}
            >
              ×
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button variant="light" size="compact-sm" onClick={() => onChange([...choices, { code: '', label: '' }])}>
            {t('customFields.form.addChoice')}
          </Button>
        </Group>
      </Stack>
    </Input.Wrapper>
  );
}
