import type { ReactNode } from 'react';
import { Alert, Anchor, Center, Loader, Text } from '@mantine/core';
import type { TenderContent } from '@shared/model/tender';
import { useOpenTender, type TenderMeta } from '../store';
import { NoTenderOpen } from './NoTenderOpen';

/** Renders `children` with the open tender, or says why there is none (none open, loading, failed). */
export function TenderGate({ children }: { children: (content: TenderContent, meta: TenderMeta) => ReactNode }) {
  const { id, content, meta, status, error } = useOpenTender();
  if (!id) return <NoTenderOpen />;
  if (status === 'error') {
    return (
      <Alert color="red" title="This tender could not be opened" mt="md">
        <Text size="sm">{error}</Text>
        <Text size="sm" mt="xs">
          Go back to the <Anchor href="#/tenders">Tenders</Anchor> screen to open another one.
        </Text>
      </Alert>
    );
  }
  if (!content || !meta) {
    return (
      <Center mt="xl">
        <Loader aria-label="Opening the tender" />
      </Center>
    );
  }
  return <>{children(content, meta)}</>;
}
