import { useState, type FormEvent } from 'react';
import { Radio, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Settings, UpdateMode } from '@shared/model/settings';
import { UPDATE_MODE_CHOICES, UPDATE_SOURCE, updatePolicyNote } from '@shared/rules/updatePolicy';
import { call } from '../../api';
import { apiFieldErrors, messageOf } from '../../lib/errors';
import { useAppStore } from '../../store';
import { SaveRow, SettingsSection } from './SettingsParts';

/**
 * When Tenderwright may look for a new version of itself ('none' unless the organisation chooses
 * otherwise). Saved with the other settings, on the revision it was loaded from.
 */
function UpdateSettingsForm({ settings, onSaved }: { settings: Settings; onSaved: (saved: Settings) => void }) {
  const [mode, setMode] = useState<UpdateMode>(settings.updates.mode);
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  // Settings a colleague saved replace the choice when it was not changed here since.
  const [shown, setShown] = useState(settings);
  if (shown !== settings) {
    if (mode === shown.updates.mode) setMode(settings.updates.mode);
    setShown(settings);
  }
  const dirty = mode !== settings.updates.mode;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const saved = await call('settings.save', { settings: { ...settings, updates: { mode } }, baseRevision: settings.revision ?? 0 });
      onSaved(saved);
      setMode(saved.updates.mode);
      useAppStore.getState().recordSettingsChange('update policy', settings, saved);
      notifications.show({ color: 'teal', title: 'Update policy saved', message: updatePolicyNote(saved.updates.mode, UPDATE_SOURCE) });
    } catch (e) {
      setError(apiFieldErrors(e)['settings.updates.mode'] ?? messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void save(e)} noValidate>
      <Stack gap="md">
        <Radio.Group
          label="Look for new versions"
          value={mode}
          error={error}
          onChange={(value) => {
            setMode(value as UpdateMode);
            setError(undefined);
          }}
        >
          <Stack gap="xs" mt={6}>
            {UPDATE_MODE_CHOICES.map((choice) => (
              <Radio key={choice.mode} value={choice.mode} label={choice.label} description={choice.description} />
            ))}
          </Stack>
        </Radio.Group>
        <Text size="sm" c="dimmed" aria-live="polite">
          {updatePolicyNote(mode, UPDATE_SOURCE)}
        </Text>
        <SaveRow label="Save update policy" busy={busy} dirty={dirty} />
      </Stack>
    </form>
  );
}

export function UpdateSettingsSection({
  settings,
  loadError,
  onSaved,
}: {
  settings: Settings | null;
  loadError: boolean;
  onSaved: (saved: Settings) => void;
}) {
  return (
    <SettingsSection
      id="update-settings-heading"
      title="Updates"
      intro="Whether Tenderwright may fetch new versions of itself. Off unless your organisation decides otherwise, since IT controls when software changes."
      what="the update policy"
      settings={settings}
      loadError={loadError}
    >
      {(loaded) => <UpdateSettingsForm settings={loaded} onSaved={onSaved} />}
    </SettingsSection>
  );
}
