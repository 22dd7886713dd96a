import { useState } from 'react';
import { Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { currencyOf } from '@shared/model/currency';
import type { Settings } from '@shared/model/settings';
import { call } from '../../api';
import { CurrencySelect } from '../../components/CurrencySelect';
import { apiFieldErrors, messageOf } from '../../lib/errors';
import { money } from '../../lib/format';
import { useAppStore } from '../../store';
import { SettingsSection } from './SettingsParts';

/** The currency new tenders start with, saved as soon as it is chosen. */
function CurrencySettingsForm({ settings, onSaved }: { settings: Settings; onSaved: (saved: Settings) => void }) {
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const current = currencyOf({}, settings);

  const choose = async (currency: string) => {
    if (currency === settings.currency) return;
    setBusy(true);
    setError(undefined);
    try {
      const saved = await call('settings.save', { settings: { ...settings, currency }, baseRevision: settings.revision ?? 0 });
      onSaved(saved);
      useAppStore.getState().recordSettingsChange('default currency', settings, saved);
      notifications.show({ color: 'teal', title: 'Default currency saved', message: `New tenders will price in ${currency}.` });
    } catch (e) {
      setError(apiFieldErrors(e)['settings.currency'] ?? messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="xs">
      <CurrencySelect label="Default currency" value={current} onChange={(code) => void choose(code)} error={error} disabled={busy} />
      <Text size="sm" c="dimmed">
        A price of 1234.5 shows as {money(123_450, current)}. Each tender can use its own currency, set on its Tender details screen.
      </Text>
    </Stack>
  );
}

export function CurrencySettingsSection({
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
      id="currency-settings-heading"
      title="Currency"
      intro="The currency new tenders start with; dates and numbers follow your computer’s language and region."
      what="the default currency"
      settings={settings}
      loadError={loadError}
    >
      {(loaded) => <CurrencySettingsForm settings={loaded} onSaved={onSaved} />}
    </SettingsSection>
  );
}
