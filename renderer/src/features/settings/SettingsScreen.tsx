import { useEffect, useState, type FormEvent } from 'react';
import { Alert, Button, Code, Group, Loader, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Settings } from '@shared/model/settings';
import { call, transport } from '../../api';
import { useAppStore, useSettingsSeq, useWorkspace } from '../../store';
import { ScreenHeading } from '../../components/ScreenHeading';
import { apiFieldErrors, messageOf } from '../../lib/errors';
import { CriteriaSettingsForm } from './CriteriaSettingsForm';
import { HistorySettingsForm } from './HistorySettingsForm';
import { NoticeSettingsSection } from './NoticeSettingsSection';
import { SettingsSection } from './SettingsParts';
import './settings.css';

export function SettingsScreen() {
  const { workspace } = useWorkspace();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [organisation, setOrganisation] = useState('');
  const [loadError, setLoadError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const settingsSeq = useSettingsSeq();
  const dirty = settings !== null && organisation !== settings.organisation;

  // Read again when a colleague saves the settings, unless the organisation has unsaved typing (its
  // save is then refused as a conflict that says who changed what, rather than overwriting them).
  useEffect(() => {
    if (dirty) return;
    let live = true;
    call('settings.get', {})
      .then((loaded) => {
        if (!live) return;
        setSettings(loaded);
        setOrganisation(loaded.organisation);
      })
      .catch((error: unknown) => live && setLoadError(messageOf(error)));
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a colleague's save triggers a reload
  }, [settingsSeq]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!settings) return;
    setBusy(true);
    try {
      const saved = await call('settings.save', { settings: { ...settings, organisation: organisation.trim() }, baseRevision: settings.revision ?? 0 });
      setSettings(saved);
      setOrganisation(saved.organisation);
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
      <div>
        <ScreenHeading>Settings</ScreenHeading>
        <Text c="gray.7" mt={4}>
          Settings for this workspace.
        </Text>
      </div>
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
      <SettingsSection
        id="criteria-settings-heading"
        title="Award criteria"
        intro="Floors every lot’s weights must meet, checked on the Criteria screen of every tender."
        what="the criteria settings"
        settings={settings}
        loadError={Boolean(loadError)}
      >
        {(loaded) => <CriteriaSettingsForm settings={loaded} onSaved={setSettings} />}
      </SettingsSection>
      <SettingsSection
        id="history-settings-heading"
        title="History"
        intro="How long the saves of each tender are kept as backups: every save while it is recent, then fewer as it gets older. Pinned versions are kept until they are unpinned."
        what="the history settings"
        settings={settings}
        loadError={Boolean(loadError)}
      >
        {(loaded) => <HistorySettingsForm settings={loaded} onSaved={setSettings} />}
      </SettingsSection>
      <NoticeSettingsSection settings={settings} loadError={Boolean(loadError)} onSaved={setSettings} />
      <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="ws-heading">
        <Title order={2} size="h4" id="ws-heading" mb="md">
          Workspace
        </Title>
        <Stack gap="xs">
          <Text size="sm">
            Tenders are kept in this folder, one file per tender, with the saves of each kept (as set under History) in <Code>backups/</Code>:
          </Text>
          <Code block>{workspace?.path ?? '…'}</Code>
          <Text size="sm" c="gray.7">
            {transport() === 'electron' ? 'Running as the desktop app.' : 'Running in the browser, served by Tenderwright on this computer only.'}
          </Text>
        </Stack>
      </Paper>
    </Stack>
  );
}
