import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { NativeSelect, Text, TextInput } from '@mantine/core';
import type { ParameterDef, ParameterValue } from '@shared/model/clauses';
import { LIMITS } from '@shared/model/common';
import { tooLongMessage } from '../../lib/textGuard';
import { decimal, longDate } from '../../lib/format';
import { useTenderLanguage } from './useTenderLanguage';

const NUMBER = /^-?\d+(\.\d+)?$/;

/** What a number field stores: a number when the text is one, else the text itself so nothing typed is lost. */
export function numberValue(text: string): ParameterValue {
  const t = text.trim();
  return NUMBER.test(t) ? Number(t) : text;
}

function numberHint(def: Extract<ParameterDef, { type: 'number' }>, t: TFunction): string {
  const parts: string[] = [];
  const min = def.min === undefined ? undefined : decimalOf(def.min);
  const max = def.max === undefined ? undefined : decimalOf(def.max);
  if (min !== undefined && max !== undefined) parts.push(t('clauses:parameter.range', { min, max }));
  else if (min !== undefined) parts.push(t('clauses:parameter.atLeast', { min }));
  else if (max !== undefined) parts.push(t('clauses:parameter.atMost', { max }));
  if (def.integer) parts.push(t('clauses:parameter.wholeNumber'));
  if (!parts.length) return '';
  const hint = parts.join(', ');
  return def.unit ? t('clauses:parameter.hintWithUnit', { hint, unit: def.unit }) : t('clauses:parameter.hint', { hint });
}

/** A bound as the user's locale writes it, with no more decimals than it has. */
const decimalOf = (n: number) => decimal(n, Number.isInteger(n) ? 0 : Math.min(String(n).split('.')[1]?.length ?? 0, 6));

interface FieldProps {
  def: ParameterDef;
  value: ParameterValue | undefined;
  /** The finding for this parameter (not filled in, not a number, ...), shown under the field. */
  error?: string;
  onChange: (value: ParameterValue) => void;
  onBlur?: () => void;
}

/** A number typed as text, so a wrong entry stays visible with a message naming the parameter. */
function NumberField({ def, value, error, onChange, onBlur }: FieldProps & { def: Extract<ParameterDef, { type: 'number' }> }) {
  const { t } = useTranslation('clauses');
  const stored = value === undefined ? '' : String(value);
  const [draft, setDraft] = useState(stored);
  const [seen, setSeen] = useState(stored);
  // The stored value changed from elsewhere (undo, update): show it, unless it is what the draft means.
  if (stored !== seen) {
    setSeen(stored);
    if (String(numberValue(draft)) !== stored) setDraft(stored);
  }
  return (
    <TextInput
      label={def.label}
      description={`${def.help}${numberHint(def, t)}`}
      inputMode="decimal"
      value={draft}
      error={error}
      rightSection={
        def.unit ? (
          <Text size="xs" c="dimmed">
            {def.unit}
          </Text>
        ) : undefined
      }
      rightSectionWidth={def.unit ? 64 : undefined}
      rightSectionPointerEvents="none"
      onChange={(e) => {
        const text = e.currentTarget.value;
        if (text.length > 100) return; // no number is that long; the finding would only repeat it
        setDraft(text);
        onChange(numberValue(text));
      }}
      onBlur={onBlur}
      data-parameter={def.name}
    />
  );
}

/** One parameter of a clause, with the control its type needs and the engine's message as its error. */
export function ParameterField(props: FieldProps) {
  const { def, value, error, onChange, onBlur } = props;
  const { t } = useTranslation('clauses');
  const { locale } = useTenderLanguage();
  const [refused, setRefused] = useState<string | null>(null);

  if (def.type === 'number') return <NumberField {...props} def={def} />;

  if (def.type === 'choice') {
    const current = typeof value === 'string' ? value : '';
    const known = def.options.some((o) => o.value === current);
    return (
      <NativeSelect
        label={def.label}
        description={def.help}
        value={known ? current : ''}
        error={error}
        onChange={(e) => onChange(e.currentTarget.value)}
        onBlur={onBlur}
        data={[{ value: '', label: t('parameter.choose') }, ...def.options.map((o) => ({ value: o.value, label: o.label }))]}
        data-parameter={def.name}
      />
    );
  }

  if (def.type === 'date') {
    return (
      <TextInput
        type="date"
        label={def.label}
        description={t('parameter.dateHelp', { help: def.help, example: longDate('2027-03-01', locale) })}
        value={typeof value === 'string' ? value : ''}
        error={error}
        onChange={(e) => onChange(e.currentTarget.value)}
        onBlur={onBlur}
        data-parameter={def.name}
      />
    );
  }

  return (
    <TextInput
      label={def.label}
      description={def.help}
      value={value === undefined ? '' : String(value)}
      error={refused ?? error}
      onChange={(e) => {
        const text = e.currentTarget.value;
        const tooLong = tooLongMessage(text, LIMITS.longText, `“${def.label}”`);
        setRefused(tooLong);
        if (!tooLong) onChange(text);
      }}
      onBlur={onBlur}
      data-parameter={def.name}
    />
  );
}
