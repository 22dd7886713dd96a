import type { ReactNode } from 'react';
import { Loader, Paper, Text, Title } from '@mantine/core';
import { IconAlertCircle, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '@shared/model/settings';
import { clockTime } from '../../lib/format';
import type { SettingsSaveStatus } from './useSettingsAutosave';

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
  const { t } = useTranslation('settings');
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id}>
        {title}
      </Title>
      <Text size="sm" c="dimmed" mt={4} mb="md">
        {intro}
      </Text>
      {loadError ? (
        <Text size="sm">{t('section.loadFailed')}</Text>
      ) : !settings ? (
        <Loader size="sm" aria-label={t('section.loading', { what })} />
      ) : (
        children(settings)
      )}
    </Paper>
  );
}

/** The Settings screen's save state, as the open tender's is shown in the header; announced politely as it changes. */
export function SettingsSaveState({ state }: { state: SettingsSaveStatus }) {
  const { t } = useTranslation('settings');
  let icon: ReactNode = null;
  let text = t('saveState.idle');
  if (state.status === 'saving') {
    icon = <Loader size={14} aria-hidden />;
    text = t('saveState.saving');
  } else if (state.status === 'saved') {
    icon = <IconCircleCheck size={16} aria-hidden />;
    text = t('saveState.saved', { time: clockTime(new Date(state.at).toISOString()) });
  } else if (state.status === 'invalid') {
    icon = <IconAlertCircle size={16} aria-hidden />;
    text = t('saveState.invalid', { message: state.message });
  } else if (state.status === 'error') {
    icon = <IconAlertCircle size={16} aria-hidden />;
    text = t('saveState.error', { message: state.message });
  }
  return (
    <div
      className="tw-save-state"
      data-status={state.status}
      role="status"
      aria-live="polite"
      aria-atomic="true"
      data-testid="settings-save-state"
    >
      {icon}
      <span>{text}</span>
    </div>
  );
}
