import { Anchor } from '@mantine/core';
import { IconFolderOpen } from '@tabler/icons-react';
import { EmptyNotice } from './EmptyNotice';

export function NoTenderOpen() {
  return (
    <EmptyNotice
      mt="xl"
      icon={IconFolderOpen}
      title="No tender is open"
      description={
        <>
          Choose a tender on the <Anchor href="#/tenders">Tenders</Anchor> screen, or create a new one there.
        </>
      }
    />
  );
}
