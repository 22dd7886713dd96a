import { Anchor, EmptyState } from '@mantine/core';
import { IconFolderOpen } from '@tabler/icons-react';

export function NoTenderOpen() {
  return (
    <EmptyState
      mt="xl"
      icon={<IconFolderOpen size={28} aria-hidden />}
      withIndicatorBackground
      title="No tender is open"
      description={
        <>
          Choose a tender on the <Anchor href="#/tenders">Tenders</Anchor> screen, or create a new one there.
        </>
      }
    />
  );
}
