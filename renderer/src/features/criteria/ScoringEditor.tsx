import { useState } from 'react';
import { Button, Group, NativeSelect, Stack, Text, Textarea, TextInput, VisuallyHidden } from '@mantine/core';
import { isPriceCategory, type Criterion } from '@shared/model/criteria';
import {
  DESCRIPTOR_MAX_LENGTH,
  PRICE_FORMULAS,
  PRICE_FORMULA_EXPRESSIONS,
  QUALITY_SCALE_MAXIMA,
  resizeQualityScale,
  type PriceFormulaType,
  type QualityScaleMax,
  type ScoringMethod,
} from '@shared/model/scoring';
import type { Finding } from '@shared/rules/findings';
import { FieldMessage } from '../../components/FieldMessage';
import { FindingMessages, describedBy } from './FindingMessage';
import { fieldId } from './lotEdit';
import { parseAmount } from '@shared/rules/amounts';
import { Trans, useTranslation } from 'react-i18next';
import { formulaLabel } from './labels';
import { useTenderLanguage } from './lotEdit';
import { standardDescriptors } from './standardScale';

interface ScoringEditorProps {
  lotId: string;
  criterion: Pick<Criterion, 'id' | 'category' | 'scoring'>;
  findings: readonly Finding[];
  /** burstKey groups keystrokes (descriptors, bounds) into one undo step. */
  onChange: (scoring: ScoringMethod, burstKey: string | null) => void;
  onBlur: () => void;
}

function BoundField({
  id,
  label,
  stays,
  value,
  onCommit,
  onBlur,
  findings = [],
}: {
  id: string;
  label: string;
  /** The fix shown under a rejected entry: what stays published. */
  stays: (value: number) => string;
  value: number;
  onCommit: (amount: number) => void;
  onBlur: () => void;
  findings?: readonly Finding[];
}) {
  const [draft, setDraft] = useState<{ text: string; value: number; problem?: string } | null>(null);
  const current = draft && draft.value === value ? draft : null;
  const problemId = `${id}-problem`;
  return (
    <Stack gap={4} className="tw-cr-bound">
      <TextInput
        id={id}
        label={label}
        inputMode="decimal"
        value={current ? current.text : String(value)}
        onChange={(e) => {
          const text = e.currentTarget.value;
          const parsed = parseAmount(text, { allowZero: true });
          if (parsed.ok) {
            setDraft({ text, value: parsed.value });
            if (parsed.value !== value) onCommit(parsed.value);
          } else {
            setDraft({ text, value, problem: parsed.message });
          }
        }}
        onBlur={() => {
          if (!current?.problem) setDraft(null);
          onBlur();
        }}
        {...describedBy(findings, current?.problem ? [problemId] : [])}
      />
      {current?.problem ? <FieldMessage id={problemId} severity="error" message={current.problem} fix={stays(value)} /> : null}
    </Stack>
  );
}

/**
 * How the criterion turns a bid into points: a price formula for price and cost criteria (with the
 * published ceiling and floor for the absolute formula), a 0-5 or 0-10 scale with a descriptor for every
 * level for the others.
 */
export function ScoringEditor({ lotId, criterion, findings, onChange, onBlur }: ScoringEditorProps) {
  const { t } = useTranslation('criteria');
  const language = useTenderLanguage();
  const scoring = criterion.scoring;
  const priced = isPriceCategory(criterion.category);
  const of = (field: string) => findings.filter((f) => f.field === field);
  const scoringFindings = of('scoring');
  const key = (part: string) => `criterion:${criterion.id}:scoring:${part}`;

  if (scoring.type !== 'quality-scale') {
    const formula = scoring.type;
    return (
      <Stack gap="xs">
        <NativeSelect
          id={fieldId(lotId, criterion.id, 'scoring')}
          label={t('scoring.formula')}
          description={PRICE_FORMULA_EXPRESSIONS[formula]}
          value={formula}
          data={PRICE_FORMULAS.map((f) => ({ value: f, label: formulaLabel(f) }))}
          onChange={(e) => {
            const next = e.currentTarget.value as PriceFormulaType;
            onChange(next === 'absolute' ? { type: 'absolute', ceiling: 0, floor: 0 } : { type: next }, null);
          }}
          {...describedBy(scoringFindings, [], [`${fieldId(lotId, criterion.id, 'scoring')}-description`])}
        />
        <FindingMessages findings={scoringFindings} />
        {scoring.type === 'absolute' ? (
          <>
            <Text size="sm" c="dimmed">
              {t('scoring.absoluteHint')}
            </Text>
            <Group gap="md" align="flex-start">
              <BoundField
                id={fieldId(lotId, criterion.id, 'scoring.ceiling')}
                label={t('scoring.ceiling')}
                stays={(value) => t('scoring.ceilingStays', { value })}
                value={scoring.ceiling}
                findings={of('scoring.ceiling')}
                onCommit={(ceiling) => onChange({ ...scoring, ceiling }, key('ceiling'))}
                onBlur={onBlur}
              />
              <BoundField
                id={fieldId(lotId, criterion.id, 'scoring.floor')}
                label={t('scoring.floor')}
                stays={(value) => t('scoring.floorStays', { value })}
                value={scoring.floor}
                onCommit={(floor) => onChange({ ...scoring, floor }, key('floor'))}
                onBlur={onBlur}
              />
            </Group>
            <FindingMessages findings={of('scoring.ceiling')} />
          </>
        ) : null}
      </Stack>
    );
  }

  const descriptorFindings = of('scoring.descriptors');
  const blank = scoring.descriptors.length <= scoring.max || scoring.descriptors.some((d) => d.trim() === '');
  const levels = Array.from({ length: scoring.max + 1 }, (_, i) => scoring.max - i);
  return (
    <Stack gap="xs">
      <NativeSelect
        id={fieldId(lotId, criterion.id, 'scoring')}
        label={t('scoring.scale')}
        description={priced ? undefined : t('scoring.scaleHint')}
        value={String(scoring.max)}
        data={QUALITY_SCALE_MAXIMA.map((max) => ({ value: String(max), label: t('scoring.range', { max }) }))}
        onChange={(e) => onChange(resizeQualityScale(scoring, Number(e.currentTarget.value) as QualityScaleMax), null)}
        {...describedBy(scoringFindings, [], priced ? [] : [`${fieldId(lotId, criterion.id, 'scoring')}-description`])}
      />
      <FindingMessages findings={scoringFindings} />
      <fieldset className="tw-fieldset">
        <Text component="legend" size="sm" fw={500}>
          {t('scoring.levelsLegend')}
        </Text>
        <Stack gap={6} mt={4}>
          {levels.map((level) => {
            const id = fieldId(lotId, criterion.id, `descriptor-${level}`);
            const missing = (scoring.descriptors[level] ?? '').trim() === '';
            return (
              <div key={level} className="tw-cr-descriptor">
                <label htmlFor={id} className="tw-cr-descriptor-level">
                  <Trans t={t} i18nKey="scoring.levelLabel" values={{ level }} components={{ hidden: <VisuallyHidden /> }} />
                </label>
                <Textarea
                  id={id}
                  autosize
                  minRows={1}
                  maxRows={4}
                  maxLength={DESCRIPTOR_MAX_LENGTH}
                  value={scoring.descriptors[level] ?? ''}
                  placeholder={t('scoring.levelPlaceholder')}
                  onChange={(e) => {
                    const descriptors = Array.from({ length: scoring.max + 1 }, (_, i) => scoring.descriptors[i] ?? '');
                    descriptors[level] = e.currentTarget.value;
                    onChange({ ...scoring, descriptors }, key(`descriptor:${level}`));
                  }}
                  onBlur={onBlur}
                  {...(missing ? describedBy(descriptorFindings) : {})}
                />
              </div>
            );
          })}
        </Stack>
      </fieldset>
      <FindingMessages findings={descriptorFindings} />
      {blank ? (
        <Group>
          <Button
            variant="default"
            size="xs"
            onClick={() => {
              const standard = standardDescriptors(scoring.max, language);
              onChange(
                {
                  ...scoring,
                  descriptors: Array.from({ length: scoring.max + 1 }, (_, i) =>
                    (scoring.descriptors[i] ?? '').trim() === '' ? (standard[i] ?? '') : (scoring.descriptors[i] ?? ''),
                  ),
                },
                null,
              );
            }}
          >
            {t('scoring.fillBlanks')}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
