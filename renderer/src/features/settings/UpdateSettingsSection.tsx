import { useState } from 'react';
import { Radio, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { t } from '@shared/i18n';
import type { Settings, UpdateMode } from '@shared/model/settings';
import { UPDATE_MODE_CHOICES, UPDATE_SOURCE, updatePolicyNote } from '@shared/rules/updatePolicy';
import { apiFieldErrors, messageOf } from '../../lib/errors';
import type { SettingsAutosave } from './useSettingsAutosave';

/**
 * When Tenderwright may look for a new version of itself ('none' unless the organisation chooses
 * otherwise). Saved as soon as it is chosen.
 */
function UpdateSettingsForm({ settings, autosave }: { settings: Settings; autosave: SettingsAutosave }) {
  const { t } = useTranslation('settings');
  const [mode, setMode] = useState<UpdateMode>(settings.updates.mode);
  const [error, setError] = useState<string | undefined>();
  // Settings saved elsewhere (a colleague, an undo) replace the choice when it shows what was stored before.
  const [shown, setShown] = useState(settings);
  if (shown !== settings) {
    if (mode === shown.updates.mode) setMode(settings.updates.mode);
    setShown(settings);
  }

  const choose = (value: UpdateMode) => {
    setMode(value);
    setError(undefined);
    autosave.schedule('updates', {
      label: t('undo.updates'),
      apply: (s) => ({ ...s, updates: { mode: value } }),
      onError: (e) => setError(apiFieldErrors(e)['settings.updates.mode'] ?? messageOf(e)),
    });
  };

  return (
    <Stack gap="md">
      <Radio.Group label={t('updates.label')} value={mode} error={error} onChange={(value) => choose(value as UpdateMode)}>
        <Stack gap="xs" mt={6}>
          {UPDATE_MODE_CHOICES.map((choice) => (
            <Radio key={choice.mode} value={choice.mode} label={choice.label} description={choice.description} />
          ))}
        </Stack>
      </Radio.Group>
      <Text size="sm" c="dimmed" aria-live="polite">
        {updatePolicyNote(mode, UPDATE_SOURCE)}
      </Text>
    </Stack>
  );
}

/** Its section on the Settings screen. */
export const UPDATE_SETTINGS_SECTION = {
  id: 'update-settings-heading',
  title: () => t('settings:updates.title'),
  intro: () => t('settings:updates.intro'),
  what: () => t('settings:updates.what'),
  Form: UpdateSettingsForm,
};
