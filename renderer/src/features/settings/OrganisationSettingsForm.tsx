import { useState } from 'react';
import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Settings } from '@shared/model/settings';
import { apiFieldErrors, messageOf } from '../../lib/errors';
import type { SettingsAutosave } from './useSettingsAutosave';

/** The buying organisation's name, filled in on new tenders; saved as it is typed. */
export function OrganisationSettingsForm({ settings, autosave }: { settings: Settings; autosave: SettingsAutosave }) {
  const { t } = useTranslation('settings');
  const [organisation, setOrganisation] = useState(settings.organisation);
  const [error, setError] = useState<string | undefined>();
  // Settings saved elsewhere (a colleague, an undo) replace the field when it shows what was stored before.
  const [shown, setShown] = useState(settings);
  if (shown !== settings) {
    if (organisation.trim() === shown.organisation) setOrganisation(settings.organisation);
    setShown(settings);
  }

  const edit = (value: string) => {
    setOrganisation(value);
    setError(undefined);
    autosave.schedule('organisation', {
      label: t('undo.organisation'),
      apply: (s) => ({ ...s, organisation: value.trim() }),
      onError: (e) => setError(apiFieldErrors(e)['settings.organisation'] ?? messageOf(e)),
    });
  };

  return (
    <TextInput
      label={t('organisation.name')}
      description={t('organisation.nameHelp')}
      maxLength={300}
      value={organisation}
      error={error}
      onChange={(e) => edit(e.currentTarget.value)}
    />
  );
}
