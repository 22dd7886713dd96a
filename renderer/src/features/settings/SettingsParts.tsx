import type { ReactNode } from 'react';
import { Button, Group, Loader, Paper, Text, Title } from '@mantine/core';
import type { Settings } from '@shared/model/settings';

interface SettingsSectionProps {
  id: string;
  title: string;
  intro: string;
  /** What is loading, for screen readers ("the criteria settings"). */
  what: string;
  settings: Settings | null;
  loadError: boolean;
  children: (settings: Settings) => ReactNode;
}

/** One section of the Settings screen whose form needs the settings: a heading, what it is for, and the form once they are loaded. */
export function SettingsSection({ id, title, intro, what, settings, loadError, children }: SettingsSectionProps) {
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id}>
        {title}
      </Title>
      <Text size="sm" c="dimmed" mt={4} mb="md">
        {intro}
      </Text>
      {loadError ? (
        <Text size="sm">The settings could not be loaded (see above).</Text>
      ) : !settings ? (
        <Loader size="sm" aria-label={`Loading ${what}`} />
      ) : (
        children(settings)
      )}
    </Paper>
  );
}

/** A settings form's submit button, any further actions, and "Saved" once nothing is left to save. */
export function SaveRow({ label, busy, dirty, children }: { label: string; busy: boolean; dirty: boolean; children?: ReactNode }) {
  return (
    <Group gap="sm">
      <Button type="submit" loading={busy} disabled={!dirty}>
        {label}
      </Button>
      {children}
      {!dirty ? (
        <Text size="sm" c="dimmed">
          Saved
        </Text>
      ) : null}
    </Group>
  );
}
