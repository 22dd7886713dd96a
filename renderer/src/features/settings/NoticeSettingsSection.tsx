import { useState, type FormEvent } from 'react';
import { Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { NoticeSettingsSchema, type Settings } from '@shared/model/settings';
import { call } from '../../api';
import { apiFieldErrors, messageOf } from '../../lib/errors';
import { useAppStore } from '../../store';
import { SaveRow, SettingsSection } from './SettingsParts';

/**
 * The notice exports' settings: the OCID prefix the OCDS release names every procedure with. Saved
 * with the other settings, on the revision it was loaded from.
 */
function NoticeSettingsForm({ settings, onSaved }: { settings: Settings; onSaved: (saved: Settings) => void }) {
  const [prefix, setPrefix] = useState(settings.notices.ocidPrefix);
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  // Settings a colleague saved replace the field when nothing was typed into it since.
  const [shown, setShown] = useState(settings);
  if (shown !== settings) {
    if (prefix === shown.notices.ocidPrefix) setPrefix(settings.notices.ocidPrefix);
    setShown(settings);
  }
  const dirty = prefix.trim() !== settings.notices.ocidPrefix;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = NoticeSettingsSchema.safeParse({ ocidPrefix: prefix.trim() });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message);
      return;
    }
    setBusy(true);
    try {
      const saved = await call('settings.save', { settings: { ...settings, notices: parsed.data }, baseRevision: settings.revision ?? 0 });
      onSaved(saved);
      setPrefix(saved.notices.ocidPrefix);
      useAppStore.getState().recordSettingsChange('OCID prefix', settings, saved);
      notifications.show({ color: 'teal', title: 'Notice settings saved', message: 'OCDS exports now use this OCID prefix.' });
    } catch (e) {
      setError(apiFieldErrors(e)['settings.notices.ocidPrefix'] ?? messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    // Ctrl+Z here is the field's own undo, not the tender's.
    <form onSubmit={(e) => void save(e)} noValidate data-native-undo>
      <Stack gap="md">
        <TextInput
          label="OCID prefix"
          description="The prefix your organisation registered with the Open Contracting Partnership, e.g. ocds-a1b2c3. The OCDS export needs it."
          placeholder="ocds-"
          maxLength={11}
          maw={320}
          value={prefix}
          error={error}
          onChange={(e) => {
            setPrefix(e.currentTarget.value);
            setError(undefined);
          }}
        />
        <SaveRow label="Save notice settings" busy={busy} dirty={dirty} />
      </Stack>
    </form>
  );
}

export function NoticeSettingsSection({
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
      id="notice-settings-heading"
      title="Published notices"
      intro="How the eForms and OCDS exports identify your organisation’s procedures."
      what="the notice settings"
      settings={settings}
      loadError={loadError}
    >
      {(loaded) => <NoticeSettingsForm settings={loaded} onSaved={onSaved} />}
    </SettingsSection>
  );
}
