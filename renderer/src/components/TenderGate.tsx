import type { ReactNode } from 'react';
import { Alert, Anchor, Center, Loader, Text } from '@mantine/core';
import { Trans, useTranslation } from 'react-i18next';
import type { TenderContent } from '@shared/model/tender';
import { useOpenTender, type TenderMeta } from '../store';
import { NoTenderOpen } from './NoTenderOpen';

/** Renders `children` with the open tender, or says why there is none (none open, loading, failed). */
export function TenderGate({ children }: { children: (content: TenderContent, meta: TenderMeta) => ReactNode }) {
  const { t } = useTranslation('common');
  const { id, content, meta, status, error } = useOpenTender();
  if (!id) return <NoTenderOpen />;
  if (status === 'error') {
    return (
      <Alert color="red" title={t('gate.failedTitle')} mt="md">
        <Text size="sm">{error}</Text>
        <Text size="sm" mt="xs">
          <Trans t={t} i18nKey="gate.goBack" components={{ tenders: <Anchor href="#/tenders" /> }} />
        </Text>
      </Alert>
    );
  }
  if (!content || !meta) {
    return (
      <Center mt="xl">
        <Loader aria-label={t('gate.opening')} />
      </Center>
    );
  }
  return <>{children(content, meta)}</>;
}
