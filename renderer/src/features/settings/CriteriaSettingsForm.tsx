import { useState, type FormEvent } from 'react';
import { Group, Radio, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { SOCIAL_FLOOR_MINIMUM, type CriteriaSettings } from '@shared/model/criteria';
import type { QualityScaleMax } from '@shared/model/scoring';
import type { Settings } from '@shared/model/settings';
import { checkCriteriaSettings } from '@shared/rules/weightingChecks';
import { formatWeight, formatWeightPercent, parseWeightInput } from '@shared/rules/weights';
import { call } from '../../api';
import { useAppStore } from '../../store';
import { apiFieldErrors, messageOf } from '../../lib/errors';
import { FieldMessage } from '../../components/FieldMessage';
import { SaveRow } from './SettingsParts';

type FloorField = 'social' | 'environmental' | 'quality';

interface Draft {
  social: string;
  environmental: string;
  quality: string;
  scale: QualityScaleMax;
}

const draftOf = (c: CriteriaSettings): Draft => ({
  social: formatWeight(c.socialFloor),
  environmental: c.categoryFloors.environmental === undefined ? '' : formatWeight(c.categoryFloors.environmental),
  quality: c.categoryFloors.quality === undefined ? '' : formatWeight(c.categoryFloors.quality),
  scale: c.defaultQualityScale,
});

interface Checked {
  problems: Partial<Record<FloorField, { message: string; fix: string }>>;
  candidate: CriteriaSettings | null;
}

function check(draft: Draft): Checked {
  const problems: Checked['problems'] = {};
  const floor = (field: FloorField, optional: boolean): number | undefined => {
    const text = draft[field];
    if (optional && text.trim() === '') return undefined;
    const parsed = parseWeightInput(text);
    if (!parsed.ok) {
      problems[field] = {
        message: parsed.message.replace(/^The weight|A weight/, (m) => (m === 'The weight' ? 'The floor' : 'A floor')),
        fix: parsed.fix,
      };
      return undefined;
    }
    return parsed.hundredths;
  };
  const social = floor('social', false);
  if (social !== undefined && social < SOCIAL_FLOOR_MINIMUM) {
    problems.social = {
      message: `The social floor cannot be below ${formatWeightPercent(SOCIAL_FLOOR_MINIMUM)} (${formatWeightPercent(social)} was typed).`,
      fix: `Tenderwright never lets social criteria weigh less than ${formatWeightPercent(SOCIAL_FLOOR_MINIMUM)} of a lot; your organisation may only raise the floor. Type ${formatWeight(SOCIAL_FLOOR_MINIMUM)} or more.`,
    };
  }
  const environmental = floor('environmental', true);
  const quality = floor('quality', true);
  if (Object.keys(problems).length || social === undefined) return { problems, candidate: null };
  return {
    problems,
    candidate: {
      socialFloor: social,
      categoryFloors: { ...(quality !== undefined ? { quality } : {}), ...(environmental !== undefined ? { environmental } : {}) },
      defaultQualityScale: draft.scale,
    },
  };
}

const same = (a: CriteriaSettings, b: CriteriaSettings) => JSON.stringify(a) === JSON.stringify(b);

/** The organisation's floors (never under 8% social) and the scale new quality criteria start with. */
export function CriteriaSettingsForm({ settings, onSaved }: { settings: Settings; onSaved: (saved: Settings) => void }) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(settings.criteria));
  const [serverError, setServerError] = useState<{ field: FloorField | null; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  // Settings a colleague saved replace the form's values when nothing was typed into it since.
  const [shown, setShown] = useState(settings);
  if (shown !== settings) {
    const untouched = check(draft).candidate;
    if (untouched && same(untouched, shown.criteria)) setDraft(draftOf(settings.criteria));
    setShown(settings);
  }
  const { problems, candidate } = check(draft);
  const findings = candidate ? checkCriteriaSettings(candidate) : [];
  const blocking = findings.some((f) => f.severity === 'error');
  const dirty = candidate === null || !same(candidate, settings.criteria);

  const edit = (patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setServerError(null);
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!candidate || blocking) {
      const first = (['social', 'environmental', 'quality'] as const).find((f) => problems[f]);
      if (first) document.getElementById(`settings-floor-${first}`)?.focus();
      return;
    }
    setBusy(true);
    try {
      const saved = await call('settings.save', { settings: { ...settings, criteria: candidate }, baseRevision: settings.revision ?? 0 });
      onSaved(saved);
      setDraft(draftOf(saved.criteria));
      useAppStore.getState().recordSettingsChange('criteria settings', settings, saved);
      notifications.show({
        color: 'teal',
        title: 'Criteria settings saved',
        message: 'The floors apply to every tender’s checks from now on.',
      });
    } catch (error) {
      const fields = apiFieldErrors(error);
      const social = fields['settings.criteria.socialFloor'];
      setServerError(social ? { field: 'social', message: social } : { field: null, message: messageOf(error) });
    } finally {
      setBusy(false);
    }
  };

  const floorInput = (field: FloorField, label: string, description: string, placeholder?: string) => {
    const id = `settings-floor-${field}`;
    const problem = problems[field];
    const server = serverError?.field === field ? serverError.message : null;
    const messageIds = [problem ? `${id}-problem` : '', server ? `${id}-server` : ''].filter(Boolean);
    return (
      <Stack gap={4}>
        <TextInput
          id={id}
          label={label}
          description={description}
          placeholder={placeholder}
          inputMode="decimal"
          rightSection={<span aria-hidden>%</span>}
          className="tw-settings-floor"
          value={draft[field]}
          onChange={(e) => edit({ [field]: e.currentTarget.value })}
          error={messageIds.length > 0}
          attributes={{ input: { 'aria-describedby': [`${id}-description`, ...messageIds].join(' ') } }}
        />
        {problem ? <FieldMessage id={`${id}-problem`} severity="error" message={problem.message} fix={problem.fix} /> : null}
        {server ? <FieldMessage id={`${id}-server`} severity="error" message={server} /> : null}
      </Stack>
    );
  };

  return (
    // Ctrl+Z here is the field's own undo, not the tender's.
    <form onSubmit={(e) => void save(e)} noValidate data-native-undo>
      <Stack gap="md">
        {floorInput(
          'social',
          'Social floor',
          `The least share of each lot that social criteria must carry. Tenderwright’s minimum is ${formatWeightPercent(SOCIAL_FLOOR_MINIMUM)}; the UK social value model asks for 10%.`,
        )}
        {floorInput(
          'environmental',
          'Environmental floor (optional)',
          'For example 30%, as Norway requires for climate and environment. Leave empty for no floor.',
          'No floor',
        )}
        {floorInput('quality', 'Quality floor (optional)', 'The least share for quality criteria. Leave empty for no floor.', 'No floor')}
        <Radio.Group
          label="Default scoring scale"
          description="The scale new quality, social and environmental criteria start with."
          value={String(draft.scale)}
          onChange={(value) => edit({ scale: Number(value) as QualityScaleMax })}
        >
          <Group gap="lg" mt={6}>
            <Radio value="5" label="0 to 5" />
            <Radio value="10" label="0 to 10" />
          </Group>
        </Radio.Group>
        {findings.length ? (
          <Stack gap={4}>
            {findings.map((f) => (
              <FieldMessage key={f.id} severity={f.severity} message={f.message} fix={f.fix} />
            ))}
          </Stack>
        ) : null}
        {serverError && serverError.field === null ? <FieldMessage severity="error" message={serverError.message} /> : null}
        <SaveRow label="Save criteria settings" busy={busy} dirty={dirty} />
      </Stack>
    </form>
  );
}
