import { useState } from 'react';
import { Button, Group, NumberInput, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { t } from '@shared/i18n';
import { DEFAULT_HISTORY_POLICY, HISTORY_POLICY_LIMITS, HistoryPolicySchema, type HistoryPolicy } from '@shared/model/history';
import type { Settings } from '@shared/model/settings';
import { apiFieldErrors, messageOf } from '../../lib/errors';
import type { SettingsAutosave } from './useSettingsAutosave';

type Field = keyof HistoryPolicy;
type Draft = Record<Field, number | string>;

/** Each field's label (with its unit) and help, read at render in the screens' language. */
const FIELDS: { field: Field; label: () => string; description: () => string }[] = [
  { field: 'keepAllMinutes', label: () => t('settings:history.keepAll'), description: () => t('settings:history.keepAllHelp') },
  {
    field: 'tenMinuteSlotsHours',
    label: () => t('settings:history.tenMinutes'),
    description: () => t('settings:history.tenMinutesHelp'),
  },
  { field: 'hourlyDays', label: () => t('settings:history.hourly'), description: () => t('settings:history.hourlyHelp') },
  {
    field: 'dailyDays',
    label: () => t('settings:history.daily'),
    description: () => t('settings:history.dailyHelp'),
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
    errors[field] ??= draft[field] === '' ? t('settings:history.typeNumber') : issue.message;
  }
  return { errors };
}

/**
 * How long each tender's saves are kept (by age, never by count). Saved as it is typed, once every
 * field makes sense, on the revision the screen holds, so a colleague's change meanwhile is not overwritten.
 */
export function HistorySettingsForm({ settings, autosave }: { settings: Settings; autosave: SettingsAutosave }) {
  const { t } = useTranslation('settings');
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
      autosave.hold(
        'history',
        first ? t('history.problem', { field: first.label(), problem: parsed.errors[first.field] }) : t('history.notValid'),
      );
      return;
    }
    setErrors({});
    autosave.hold('history', null);
    autosave.schedule('history', {
      label: t('undo.history'),
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
      {FIELDS.map(({ field, label, description }) => (
        <NumberInput
          key={field}
          id={`settings-history-${field}`}
          label={label()}
          description={description()}
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
          {t('history.defaults')}
        </Button>
      </Group>
    </Stack>
  );
}
