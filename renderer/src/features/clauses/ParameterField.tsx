import { useState } from 'react';
import { NativeSelect, Text, TextInput } from '@mantine/core';
import type { ParameterDef, ParameterValue } from '@shared/model/clauses';
import { LIMITS } from '@shared/model/common';
import { tooLongMessage } from '../../lib/textGuard';

const NUMBER = /^-?\d+(\.\d+)?$/;

/** What a number field stores: a number when the text is one, else the text itself so nothing typed is lost. */
export function numberValue(text: string): ParameterValue {
  const t = text.trim();
  return NUMBER.test(t) ? Number(t) : text;
}

function numberHint(def: Extract<ParameterDef, { type: 'number' }>): string {
  const parts: string[] = [];
  if (def.min !== undefined && def.max !== undefined) parts.push(`${def.min} to ${def.max}`);
  else if (def.min !== undefined) parts.push(`at least ${def.min}`);
  else if (def.max !== undefined) parts.push(`at most ${def.max}`);
  if (def.integer) parts.push('whole number');
  return parts.length ? ` (${parts.join(', ')}${def.unit ? ` ${def.unit}` : ''})` : '';
}

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
      description={`${def.help}${numberHint(def)}`}
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
        data={[{ value: '', label: 'Choose…' }, ...def.options.map((o) => ({ value: o.value, label: o.label }))]}
        data-parameter={def.name}
      />
    );
  }

  if (def.type === 'date') {
    return (
      <TextInput
        type="date"
        label={def.label}
        description={`${def.help} Written in the contract as e.g. “1 March 2027”.`}
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
