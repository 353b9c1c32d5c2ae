import { Button, type MantineSize, Modal, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PlusIcon } from './icons.tsx';
import { PageHeader } from './page-header.tsx';

/** What a list page needs to offer a new item: the button's label and the form it opens in a dialog. */
export type Creation = {
  label: string;
  formTitle: string;
  formSize: MantineSize;
  form: (close: () => void) => ReactNode;
};

/** A page that lists things under a header; `creation` is null while nothing can be created. */
export function ListPage({
  title,
  description,
  creation,
  children,
}: {
  title: string;
  description: string;
  creation: Creation | null;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const [isFormOpen, dialog] = useDisclosure(false);
  return (
    <Stack gap="lg">
      <PageHeader
        title={title}
        description={description}
        action={
          creation && (
            <Button leftSection={<PlusIcon size={16} />} onClick={dialog.open}>
              {creation.label}
            </Button>
          )
        }
      />
      {children}
      {creation && (
        <Modal
          opened={isFormOpen}
          onClose={dialog.close}
          title={creation.formTitle}
          size={creation.formSize}
          closeButtonProps={{ 'aria-label': t('common.close') }}
        >
          {creation.form(dialog.close)}
        </Modal>
      )}
    </Stack>
  );
}
