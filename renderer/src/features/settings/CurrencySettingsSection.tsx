import { useState } from 'react';
import { Stack, Text } from '@mantine/core';
import { currencyOf } from '@shared/model/currency';
import type { Settings } from '@shared/model/settings';
import { CurrencySelect } from '../../components/CurrencySelect';
import { apiFieldErrors, messageOf } from '../../lib/errors';
import { money } from '../../lib/format';
import type { SettingsAutosave } from './useSettingsAutosave';

/** The currency new tenders start with, saved as soon as it is chosen (with undo, like the rest). */
function CurrencySettingsForm({ settings, autosave }: { settings: Settings; autosave: SettingsAutosave }) {
  const [error, setError] = useState<string | undefined>();
  const current = currencyOf({}, settings);

  const choose = (currency: string) => {
    if (currency === current) return;
    setError(undefined);
    autosave.schedule('currency', {
      label: 'default currency',
      apply: (s) => ({ ...s, currency }),
      onError: (e) => setError(apiFieldErrors(e)['settings.currency'] ?? messageOf(e)),
    });
  };

  return (
    <Stack gap="xs">
      <CurrencySelect label="Default currency" value={current} onChange={choose} error={error} />
      <Text size="sm" c="dimmed">
        A price of 1234.5 shows as {money(123_450, current)}. Each tender can use its own currency, set on its Tender details screen.
      </Text>
    </Stack>
  );
}

/** Its section on the Settings screen. */
export const CURRENCY_SETTINGS_SECTION = {
  id: 'currency-settings-heading',
  title: 'Currency',
  intro: 'The currency new tenders start with; dates and numbers follow your computer’s language and region.',
  what: 'the default currency',
  Form: CurrencySettingsForm,
};
