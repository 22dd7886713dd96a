import { useState } from 'react';
import { Group, Radio, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { t } from '@shared/i18n';
import { SOCIAL_FLOOR_MINIMUM, type CriteriaSettings } from '@shared/model/criteria';
import type { QualityScaleMax } from '@shared/model/scoring';
import type { Settings } from '@shared/model/settings';
import { checkCriteriaSettings } from '@shared/rules/weightingChecks';
import { formatWeight, formatWeightPercent, parseWeightInput } from '@shared/rules/weights';
import { apiFieldErrors, messageOf } from '../../lib/errors';
import { FieldMessage } from '../../components/FieldMessage';
import type { SettingsAutosave } from './useSettingsAutosave';

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
      message: t('settings:criteria.socialTooLow', {
        minimum: formatWeightPercent(SOCIAL_FLOOR_MINIMUM),
        typed: formatWeightPercent(social),
      }),
      fix: t('settings:criteria.socialTooLowFix', {
        minimum: formatWeightPercent(SOCIAL_FLOOR_MINIMUM),
        least: formatWeight(SOCIAL_FLOOR_MINIMUM),
      }),
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

/** The organisation's floors (never under 8% social) and the scale new quality criteria start with; saved as they are typed. */
export function CriteriaSettingsForm({ settings, autosave }: { settings: Settings; autosave: SettingsAutosave }) {
  const { t } = useTranslation('settings');
  const [draft, setDraft] = useState<Draft>(() => draftOf(settings.criteria));
  const [serverError, setServerError] = useState<{ field: FloorField | null; message: string } | null>(null);
  // Settings saved elsewhere (a colleague, an undo) replace the form's values when they show what was stored before.
  const [shown, setShown] = useState(settings);
  if (shown !== settings) {
    const untouched = check(draft).candidate;
    if (untouched && same(untouched, shown.criteria)) setDraft(draftOf(settings.criteria));
    setShown(settings);
  }
  const { problems, candidate } = check(draft);
  const findings = candidate ? checkCriteriaSettings(candidate) : [];

  const edit = (patch: Partial<Draft>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    setServerError(null);
    const checked = check(next);
    const blocking = checked.candidate ? checkCriteriaSettings(checked.candidate).find((f) => f.severity === 'error') : undefined;
    const problem = (['social', 'environmental', 'quality'] as const).map((f) => checked.problems[f]).find(Boolean);
    if (!checked.candidate || blocking) {
      autosave.hold('criteria', problem?.message ?? blocking?.message ?? t('criteria.needsAttention'));
      return;
    }
    const criteria = checked.candidate;
    autosave.hold('criteria', null);
    autosave.schedule('criteria', {
      label: t('undo.criteria'),
      apply: (s) => ({ ...s, criteria }),
      onError: (error) => {
        const social = apiFieldErrors(error)['settings.criteria.socialFloor'];
        setServerError(social ? { field: 'social', message: social } : { field: null, message: messageOf(error) });
      },
    });
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
    <Stack gap="md">
      {floorInput('social', t('criteria.social'), t('criteria.socialHelp', { minimum: formatWeightPercent(SOCIAL_FLOOR_MINIMUM) }))}
      {floorInput('environmental', t('criteria.environmental'), t('criteria.environmentalHelp'), t('criteria.noFloor'))}
      {floorInput('quality', t('criteria.quality'), t('criteria.qualityHelp'), t('criteria.noFloor'))}
      <Radio.Group
        label={t('criteria.scale')}
        description={t('criteria.scaleHelp')}
        value={String(draft.scale)}
        onChange={(value) => edit({ scale: Number(value) as QualityScaleMax })}
      >
        <Group gap="lg" mt={6}>
          <Radio value="5" label={t('criteria.scaleOf', { max: 5 })} />
          <Radio value="10" label={t('criteria.scaleOf', { max: 10 })} />
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
    </Stack>
  );
}
