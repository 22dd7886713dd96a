import { Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export const SCREEN_HEADING_ID = 'screen-heading';

/** Each screen's h1; focused when the screen changes so keyboard and screen-reader users land on it. */
export function ScreenHeading({ children }: { children: ReactNode }) {
  return (
    <Title order={1} size="h2" id={SCREEN_HEADING_ID} tabIndex={-1} className="tw-screen-heading">
      {children}
    </Title>
  );
}

/** A screen's heading and the line or two under it that say what the screen is for. */
export function ScreenIntro({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div>
      <ScreenHeading>{title}</ScreenHeading>
      <Text c="gray.7" mt={4} maw={820}>
        {children}
      </Text>
    </div>
  );
}
