import type { ReactNode } from 'react';
import { Button, Group, Text, Title } from '@mantine/core';
import { IconChevronDown, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useCompactLayout } from './useCompactLayout';

export const SCREEN_HEADING_ID = 'screen-heading';

/** Each screen's h1; focused when the screen changes so keyboard and screen-reader users land on it. */
export function ScreenHeading({ children }: { children: ReactNode }) {
  const compact = useCompactLayout();
  return (
    <Title order={1} size={compact ? 'h3' : 'h2'} id={SCREEN_HEADING_ID} tabIndex={-1} className="tw-screen-heading">
      {children}
    </Title>
  );
}

/**
 * A screen's heading and the line or two under it that say what the screen is for. In a short window
 * the lines fold away behind "What is this?" beside the heading, so the screen's content starts in
 * view; they are there in full as soon as the window is tall enough. The fold is a native <details>:
 * it stays usable while the tender is read-only (the frame's disabled fieldset disables buttons).
 */
export function ScreenIntro({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation('common');
  const compact = useCompactLayout();
  if (!compact) {
    return (
      <div>
        <ScreenHeading>{title}</ScreenHeading>
        <Text c="dimmed" mt={4} maw={820}>
          {children}
        </Text>
      </div>
    );
  }
  return (
    <div className="tw-intro-compact">
      <ScreenHeading>{title}</ScreenHeading>
      <details className="tw-intro-details">
        <summary className="tw-intro-summary">
          {t('intro.whatIsThis')}
          <IconChevronDown size={14} aria-hidden className="tw-intro-chevron" />
        </summary>
        <Text c="dimmed" size="sm" mt={4} maw={820}>
          {children}
        </Text>
      </details>
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
