import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SearchIcon } from './icons.tsx';

export function SearchInput({
  value,
  onChange,
  placeholder,
}: {
  value: string;
  onChange: (value: string) => void;
  placeholder: string;
}) {
  const { t } = useTranslation();
  return (
    <TextInput
      type="search"
      label={t('common.search')}
      placeholder={placeholder}
      leftSection={<SearchIcon size={16} />}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      maw={420}
    />
  );
}
