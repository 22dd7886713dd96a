import { useState, type FormEvent } from 'react';
import { Alert, Button, Code, Group, Loader, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Settings } from '@shared/model/settings';
import { call, transport } from '../../api';
import { useAppStore, useSettings, useWorkspace } from '../../store';
import { ScreenIntro } from '../../components/ScreenHeading';
import { apiFieldErrors, messageOf } from '../../lib/errors';
import { CriteriaSettingsForm } from './CriteriaSettingsForm';
import { HistorySettingsForm } from './HistorySettingsForm';
import { NoticeSettingsSection } from './NoticeSettingsSection';
import { SettingsSection } from './SettingsParts';
import { AppearanceSection } from './AppearanceSection';
import { UpdateSettingsSection } from './UpdateSettingsSection';
import { CurrencySettingsSection } from './CurrencySettingsSection';
import './settings.css';

/** The settings forms that sit in a plain section: each edits one part of the settings and hands back what was saved. */
const FORM_SECTIONS = [
  {
    id: 'criteria-settings-heading',
    title: 'Award criteria',
    intro: 'Floors every lot’s weights must meet, checked on the Criteria screen of every tender.',
    what: 'the criteria settings',
    Form: CriteriaSettingsForm,
  },
  {
    id: 'history-settings-heading',
    title: 'History',
    intro:
      'How long the saves of each tender are kept as backups: every save while it is recent, then fewer as it gets older. Pinned versions are kept until they are unpinned.',
    what: 'the history settings',
    Form: HistorySettingsForm,
  },
] as const;

export function SettingsScreen() {
  const { workspace } = useWorkspace();
  const { settings: stored, error: loadError, applySettings } = useSettings();
  const [settings, setSettings] = useState<Settings | null>(stored);
  const [organisation, setOrganisation] = useState(stored?.organisation ?? '');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const dirty = settings !== null && organisation !== settings.organisation;

  // Follow the stored settings (read, or saved by a colleague), unless the organisation has unsaved
  // typing (its save is then refused as a conflict that says who changed what, rather than overwriting them).
  const [seen, setSeen] = useState(stored);
  if (seen !== stored) {
    setSeen(stored);
    if (stored && !dirty) {
      setSettings(stored);
      setOrganisation(stored.organisation);
    }
  }
  const onSaved = (saved: Settings) => {
    setSettings(saved);
    applySettings(saved);
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!settings) return;
    setBusy(true);
    try {
      const saved = await call('settings.save', {
        settings: { ...settings, organisation: organisation.trim() },
        baseRevision: settings.revision ?? 0,
      });
      setOrganisation(saved.organisation);
      onSaved(saved);
      setFieldError(undefined);
      useAppStore.getState().recordSettingsChange('organisation name', settings, saved);
      notifications.show({ color: 'teal', title: 'Settings saved', message: 'Your settings were saved.' });
    } catch (error) {
      const fields = apiFieldErrors(error);
      setFieldError(fields['settings.organisation'] ?? messageOf(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="lg" maw={760}>
      <ScreenIntro title="Settings">
        Settings for this workspace, shared by everyone who works in it; the appearance is your own, on this computer.
      </ScreenIntro>
      <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="org-heading">
        <Title order={2} size="h4" id="org-heading" mb="md">
          Your organisation
        </Title>
        {loadError ? (
          <Alert color="red" title="Settings could not be loaded">
            {loadError}
          </Alert>
        ) : !settings ? (
          <Loader size="sm" aria-label="Loading settings" />
        ) : (
          // Ctrl+Z here is the field's own undo, not the tender's.
          <form onSubmit={(e) => void save(e)} noValidate data-native-undo>
            <Stack gap="md">
              <TextInput
                label="Organisation name"
                description="Filled in as the buying organisation of new tenders."
                maxLength={300}
                value={organisation}
                error={fieldError}
                onChange={(e) => {
                  setOrganisation(e.currentTarget.value);
                  setFieldError(undefined);
                }}
              />
              <Group>
                <Button type="submit" loading={busy} disabled={organisation === settings.organisation}>
                  Save settings
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Paper>
      {FORM_SECTIONS.map(({ id, title, intro, what, Form }) => (
        <SettingsSection key={id} id={id} title={title} intro={intro} what={what} settings={settings} loadError={Boolean(loadError)}>
          {(loaded) => <Form settings={loaded} onSaved={onSaved} />}
        </SettingsSection>
      ))}
      <CurrencySettingsSection settings={settings} loadError={Boolean(loadError)} onSaved={onSaved} />
      <NoticeSettingsSection settings={settings} loadError={Boolean(loadError)} onSaved={setSettings} />
      <AppearanceSection />
      <UpdateSettingsSection settings={settings} loadError={Boolean(loadError)} onSaved={onSaved} />
      <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="ws-heading">
        <Title order={2} size="h4" id="ws-heading" mb="md">
          Workspace
        </Title>
        <Stack gap="xs">
          <Text size="sm">
            Tenders are kept in this folder, one file per tender, with the saves of each kept (as set under History) in{' '}
            <Code>backups/</Code>:
          </Text>
          <Code block>{workspace?.path ?? '…'}</Code>
          <Text size="sm" c="dimmed">
            {transport() === 'electron'
              ? 'Running as the desktop app.'
              : 'Running in the browser, served by Tenderwright on this computer only.'}
          </Text>
        </Stack>
      </Paper>
    </Stack>
  );
}
