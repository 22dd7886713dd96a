import { Button, Group, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
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
      <Text c="dimmed" mt={4} maw={820}>
        {children}
      </Text>
    </div>
  );
}

/** A library tab's h2 with what it holds, and the button that adds a new entry of your own. */
export function LibraryHeading({
  title,
  addLabel,
  onAdd,
  children,
}: {
  title: string;
  addLabel: string;
  onAdd: () => void;
  children: ReactNode;
}) {
  return (
    <Group justify="space-between" align="flex-end">
      <div>
        <Title order={2} size="h4">
          {title}
        </Title>
        <Text size="sm" c="dimmed">
          {children}
        </Text>
      </div>
      <Button variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={onAdd}>
        {addLabel}
      </Button>
    </Group>
  );
}
