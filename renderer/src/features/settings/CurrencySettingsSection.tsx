import { useState } from 'react';
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { t } from '@shared/i18n';
import { currencyOf } from '@shared/model/currency';
import type { Settings } from '@shared/model/settings';
import { CurrencySelect } from '../../components/CurrencySelect';
import { apiFieldErrors, messageOf } from '../../lib/errors';
import { money } from '../../lib/format';
import type { SettingsAutosave } from './useSettingsAutosave';

/** The currency new tenders start with, saved as soon as it is chosen (with undo, like the rest). */
function CurrencySettingsForm({ settings, autosave }: { settings: Settings; autosave: SettingsAutosave }) {
  const { t } = useTranslation('settings');
  const [error, setError] = useState<string | undefined>();
  const current = currencyOf({}, settings);

  const choose = (currency: string) => {
    if (currency === current) return;
    setError(undefined);
    autosave.schedule('currency', {
      label: t('undo.currency'),
      apply: (s) => ({ ...s, currency }),
      onError: (e) => setError(apiFieldErrors(e)['settings.currency'] ?? messageOf(e)),
    });
  };

  return (
    <Stack gap="xs">
      <CurrencySelect label={t('currency.label')} value={current} onChange={choose} error={error} />
      <Text size="sm" c="dimmed">
        {t('currency.example', { price: money(123_450, current) })}
      </Text>
    </Stack>
  );
}

/** Its section on the Settings screen; its texts are read at render, in the screens' language. */
export const CURRENCY_SETTINGS_SECTION = {
  id: 'currency-settings-heading',
  title: () => t('settings:currency.title'),
  intro: () => t('settings:currency.intro'),
  what: () => t('settings:currency.what'),
  Form: CurrencySettingsForm,
};
