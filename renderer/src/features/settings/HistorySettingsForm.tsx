import { useState, type FormEvent } from 'react';
import { Button, NumberInput, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { DEFAULT_HISTORY_POLICY, HISTORY_POLICY_LIMITS, HistoryPolicySchema, type HistoryPolicy } from '@shared/model/history';
import type { Settings } from '@shared/model/settings';
import { call } from '../../api';
import { apiFieldErrors, messageOf } from '../../lib/errors';
import { SaveRow } from './SettingsParts';

type Field = keyof HistoryPolicy;
type Draft = Record<Field, number | string>;

const FIELDS: { field: Field; label: string; unit: string; description: string }[] = [
  { field: 'keepAllMinutes', label: 'Keep every save for', unit: 'minutes', description: 'Every save younger than this is kept.' },
  {
    field: 'tenMinuteSlotsHours',
    label: 'Then one save per 10 minutes for up to',
    unit: 'hours',
    description: 'Counted from the save itself, not from the end of the stage before.',
  },
  { field: 'hourlyDays', label: 'Then one save per hour for up to', unit: 'days', description: 'The last save of each hour is kept.' },
  {
    field: 'dailyDays',
    label: 'Then one save per day for up to',
    unit: 'days',
    description: 'Older saves go, and so do the labels exports and imports left. Pinned versions stay.',
  },
];

const sameAs = (draft: Draft, policy: HistoryPolicy) => FIELDS.every(({ field }) => draft[field] === policy[field]);

/**
 * How long each tender's saves are kept (by age, never by count). Saved with the other settings,
 * on the revision it was loaded from, so a colleague's change meanwhile is not overwritten.
 */
export function HistorySettingsForm({ settings, onSaved }: { settings: Settings; onSaved: (saved: Settings) => void }) {
  const [draft, setDraft] = useState<Draft>(settings.history);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [serverError, setServerError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Settings a colleague saved replace the form's values when nothing was typed into it since.
  const [shown, setShown] = useState(settings);
  if (shown !== settings) {
    if (sameAs(draft, shown.history)) setDraft(settings.history);
    setShown(settings);
  }
  const dirty = !sameAs(draft, settings.history);

  const edit = (field: Field, value: number | string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
    setServerError(null);
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = HistoryPolicySchema.safeParse(
      Object.fromEntries(FIELDS.map(({ field }) => [field, draft[field] === '' ? undefined : draft[field]])),
    );
    if (!parsed.success) {
      const found: Partial<Record<Field, string>> = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as Field;
        found[field] ??= draft[field] === '' ? 'Type a number' : issue.message;
      }
      setErrors(found);
      const first = FIELDS.find(({ field }) => found[field]);
      if (first) document.getElementById(`settings-history-${first.field}`)?.focus();
      return;
    }
    setBusy(true);
    try {
      const saved = await call('settings.save', { settings: { ...settings, history: parsed.data }, baseRevision: settings.revision ?? 0 });
      onSaved(saved);
      setDraft(saved.history);
      notifications.show({
        color: 'teal',
        title: 'History settings saved',
        message: 'Older saves are thinned by the new rule from each tender’s next save.',
      });
    } catch (error) {
      const fields = apiFieldErrors(error);
      const byField = Object.fromEntries(
        FIELDS.flatMap(({ field }) => (fields[`settings.history.${field}`] ? [[field, fields[`settings.history.${field}`]]] : [])),
      );
      setErrors(byField);
      if (Object.keys(byField).length === 0) setServerError(messageOf(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    // Ctrl+Z here is the field's own undo, not the tender's.
    <form onSubmit={(e) => void save(e)} noValidate data-native-undo>
      <Stack gap="md">
        {FIELDS.map(({ field, label, unit, description }) => (
          <NumberInput
            key={field}
            id={`settings-history-${field}`}
            label={`${label} (${unit})`}
            description={description}
            min={HISTORY_POLICY_LIMITS[field].min}
            max={HISTORY_POLICY_LIMITS[field].max}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="none"
            value={draft[field]}
            onChange={(value) => edit(field, value)}
            error={errors[field]}
            maw={440}
          />
        ))}
        {serverError ? (
          <Text size="sm" c="red">
            {serverError}
          </Text>
        ) : null}
        <SaveRow label="Save history settings" busy={busy} dirty={dirty}>
          <Button
            variant="subtle"
            onClick={() => FIELDS.forEach(({ field }) => edit(field, DEFAULT_HISTORY_POLICY[field]))}
            disabled={sameAs(draft, DEFAULT_HISTORY_POLICY)}
          >
            Use Tenderwright’s defaults
          </Button>
        </SaveRow>
      </Stack>
    </form>
  );
}
