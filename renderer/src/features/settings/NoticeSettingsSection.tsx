import { useState } from 'react';
import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { t } from '@shared/i18n';
import { NoticeSettingsSchema, type Settings } from '@shared/model/settings';
import { apiFieldErrors, messageOf } from '../../lib/errors';
import type { SettingsAutosave } from './useSettingsAutosave';

/**
 * The notice exports' settings: the OCID prefix the OCDS release names every procedure with. Saved as
 * it is typed, once it is a valid prefix (or empty).
 */
function NoticeSettingsForm({ settings, autosave }: { settings: Settings; autosave: SettingsAutosave }) {
  const { t } = useTranslation('settings');
  const [prefix, setPrefix] = useState(settings.notices.ocidPrefix);
  const [error, setError] = useState<string | undefined>();
  // Settings saved elsewhere (a colleague, an undo) replace the field when it shows what was stored before.
  const [shown, setShown] = useState(settings);
  if (shown !== settings) {
    if (prefix.trim() === shown.notices.ocidPrefix) setPrefix(settings.notices.ocidPrefix);
    setShown(settings);
  }

  const edit = (value: string) => {
    setPrefix(value);
    const parsed = NoticeSettingsSchema.safeParse({ ocidPrefix: value.trim() });
    if (!parsed.success) {
      const message = parsed.error.issues[0]?.message ?? t('notices.invalid');
      setError(message);
      autosave.hold('notices', message);
      return;
    }
    setError(undefined);
    autosave.hold('notices', null);
    autosave.schedule('notices', {
      label: t('undo.ocidPrefix'),
      apply: (s) => ({ ...s, notices: parsed.data }),
      onError: (e) => setError(apiFieldErrors(e)['settings.notices.ocidPrefix'] ?? messageOf(e)),
    });
  };

  return (
    <TextInput
      label={t('notices.ocidPrefix')}
      description={t('notices.ocidPrefixHelp')}
      placeholder="ocds-"
      maxLength={11}
      maw={320}
      value={prefix}
      error={error}
      onChange={(e) => edit(e.currentTarget.value)}
    />
  );
}

/** Its section on the Settings screen. */
export const NOTICE_SETTINGS_SECTION = {
  id: 'notice-settings-heading',
  title: () => t('settings:notices.title'),
  intro: () => t('settings:notices.intro'),
  what: () => t('settings:notices.what'),
  Form: NoticeSettingsForm,
};
