import { Anchor } from '@mantine/core';
import { IconFolderOpen } from '@tabler/icons-react';
import { Trans, useTranslation } from 'react-i18next';
import { EmptyNotice } from './EmptyNotice';

export function NoTenderOpen() {
  const { t } = useTranslation('common');
  return (
    <EmptyNotice
      mt="xl"
      icon={IconFolderOpen}
      title={t('noTenderOpen.title')}
      description={<Trans t={t} i18nKey="noTenderOpen.description" components={{ tenders: <Anchor href="#/tenders" /> }} />}
    />
  );
}
