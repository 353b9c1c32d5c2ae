import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { chooseLanguage } from '../i18n/i18n.ts';
import { isLanguage, languages } from '../i18n/languages.ts';

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <Select
      aria-label={t('language.label')}
      data={languages.map((language) => ({ value: language, label: t(`languages.${language}`) }))}
      value={i18n.resolvedLanguage ?? null}
      onChange={(value) => {
        if (isLanguage(value)) void chooseLanguage(value);
      }}
      allowDeselect={false}
      w={{ base: 108, sm: 130 }}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
