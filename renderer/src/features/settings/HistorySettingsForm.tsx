import { useState } from 'react';
import { Button, Group, NumberInput, Stack, Text } from '@mantine/core';
import { DEFAULT_HISTORY_POLICY, HISTORY_POLICY_LIMITS, HistoryPolicySchema, type HistoryPolicy } from '@shared/model/history';
import type { Settings } from '@shared/model/settings';
import { apiFieldErrors, messageOf } from '../../lib/errors';
import type { SettingsAutosave } from './useSettingsAutosave';

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

/** The draft as a policy, or each field's problem ("Type a number" for an empty one). */
function parseDraft(draft: Draft): { policy: HistoryPolicy } | { errors: Partial<Record<Field, string>> } {
  const parsed = HistoryPolicySchema.safeParse(
    Object.fromEntries(FIELDS.map(({ field }) => [field, draft[field] === '' ? undefined : draft[field]])),
  );
  if (parsed.success) return { policy: parsed.data };
  const errors: Partial<Record<Field, string>> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as Field;
    errors[field] ??= draft[field] === '' ? 'Type a number' : issue.message;
  }
  return { errors };
}

/**
 * How long each tender's saves are kept (by age, never by count). Saved as it is typed, once every
 * field makes sense, on the revision the screen holds, so a colleague's change meanwhile is not overwritten.
 */
export function HistorySettingsForm({ settings, autosave }: { settings: Settings; autosave: SettingsAutosave }) {
  const [draft, setDraft] = useState<Draft>(settings.history);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [serverError, setServerError] = useState<string | null>(null);
  // Settings saved elsewhere (a colleague, an undo) replace the form's values when they show what was stored before.
  const [shown, setShown] = useState(settings);
  if (shown !== settings) {
    if (sameAs(draft, shown.history)) setDraft(settings.history);
    setShown(settings);
  }

  const edit = (next: Draft) => {
    setDraft(next);
    setServerError(null);
    const parsed = parseDraft(next);
    if ('errors' in parsed) {
      setErrors(parsed.errors);
      const first = FIELDS.find(({ field }) => parsed.errors[field]);
      autosave.hold('history', `${first?.label ?? 'History'}: ${first ? parsed.errors[first.field] : 'not valid'}`);
      return;
    }
    setErrors({});
    autosave.hold('history', null);
    autosave.schedule('history', {
      label: 'history settings',
      apply: (s) => ({ ...s, history: parsed.policy }),
      onError: (error) => {
        const fields = apiFieldErrors(error);
        const byField = Object.fromEntries(
          FIELDS.flatMap(({ field }) => (fields[`settings.history.${field}`] ? [[field, fields[`settings.history.${field}`]]] : [])),
        );
        setErrors(byField);
        if (Object.keys(byField).length === 0) setServerError(messageOf(error));
      },
    });
  };

  return (
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
          onChange={(value) => edit({ ...draft, [field]: value })}
          error={errors[field]}
          maw={440}
        />
      ))}
      {serverError ? (
        <Text size="sm" c="red">
          {serverError}
        </Text>
      ) : null}
      <Group>
        <Button variant="subtle" onClick={() => edit({ ...DEFAULT_HISTORY_POLICY })} disabled={sameAs(draft, DEFAULT_HISTORY_POLICY)}>
          Use Tenderwright’s defaults
        </Button>
      </Group>
    </Stack>
  );
}
