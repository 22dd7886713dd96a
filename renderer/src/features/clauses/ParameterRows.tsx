import { Checkbox, Group, NativeSelect, Text, TextInput, Textarea } from '@mantine/core';
import { PARAMETER_TYPES, type ParameterType } from '@shared/model/clauses';
import { LIMITS } from '@shared/model/common';
import { parameterRow, type ParameterRow } from '@shared/rules/ownClauseForm';
import { AddRowButton, RowCard } from './RowCard';

const TYPE_OPTIONS = PARAMETER_TYPES.map((t) => ({ value: t, label: t }));

/** The parameters an own clause declares, each written as text fields until the clause is saved. */
export function ParameterRows({ rows, onChange }: { rows: ParameterRow[]; onChange: (rows: ParameterRow[]) => void }) {
  const setParam = (k: string, patch: Partial<ParameterRow>) => onChange(rows.map((p) => (p.key === k ? { ...p, ...patch } : p)));
  return (
    <>
      {rows.map((p, i) => (
        <RowCard
          key={p.key}
          title={
            <>
              Parameter {i + 1}
              {p.name ? <Text span c="dimmed" size="sm">{` · {{${p.name}}}`}</Text> : null}
            </>
          }
          removeLabel={`Remove parameter ${i + 1}`}
          onRemove={() => onChange(rows.filter((x) => x.key !== p.key))}
        >
          <Group grow align="flex-start">
            <TextInput
              label={`Name of parameter ${i + 1}`}
              description="As written in the text, e.g. days_to_disclose"
              value={p.name}
              onChange={(e) => setParam(p.key, { name: e.currentTarget.value.slice(0, LIMITS.id) })}
            />
            <NativeSelect
              label={`Type of parameter ${i + 1}`}
              value={p.type}
              onChange={(e) => setParam(p.key, { type: e.currentTarget.value as ParameterType })}
              data={TYPE_OPTIONS}
            />
            <TextInput
              label={`Label of parameter ${i + 1}`}
              value={p.label}
              onChange={(e) => setParam(p.key, { label: e.currentTarget.value.slice(0, LIMITS.shortText) })}
            />
          </Group>
          <TextInput
            label={`Help for parameter ${i + 1}`}
            value={p.help}
            onChange={(e) => setParam(p.key, { help: e.currentTarget.value.slice(0, 1000) })}
          />
          <Group grow align="flex-start">
            <TextInput
              label={`Default of parameter ${i + 1}`}
              description={p.type === 'date' ? 'YYYY-MM-DD' : p.type === 'choice' ? 'The value of one option' : undefined}
              value={p.defaultValue}
              onChange={(e) => setParam(p.key, { defaultValue: e.currentTarget.value.slice(0, LIMITS.shortText) })}
            />
            {p.type === 'number' ? (
              <>
                <TextInput
                  label={`Minimum of parameter ${i + 1}`}
                  value={p.min}
                  inputMode="decimal"
                  onChange={(e) => setParam(p.key, { min: e.currentTarget.value.slice(0, 30) })}
                />
                <TextInput
                  label={`Maximum of parameter ${i + 1}`}
                  value={p.max}
                  inputMode="decimal"
                  onChange={(e) => setParam(p.key, { max: e.currentTarget.value.slice(0, 30) })}
                />
                <TextInput
                  label={`Unit of parameter ${i + 1}`}
                  value={p.unit}
                  onChange={(e) => setParam(p.key, { unit: e.currentTarget.value.slice(0, 40) })}
                />
              </>
            ) : null}
          </Group>
          {p.type === 'number' ? (
            <Checkbox
              label={`Parameter ${i + 1} takes whole numbers only`}
              checked={p.integer}
              onChange={(e) => setParam(p.key, { integer: e.currentTarget.checked })}
            />
          ) : null}
          {p.type === 'choice' ? (
            <Textarea
              autosize
              minRows={2}
              label={`Options of parameter ${i + 1}`}
              description="One per line: value | label | wording inserted in the contract"
              value={p.options}
              onChange={(e) => setParam(p.key, { options: e.currentTarget.value.slice(0, 10_000) })}
            />
          ) : null}
        </RowCard>
      ))}
      <AddRowButton onClick={() => onChange([...rows, parameterRow()])}>Add parameter</AddRowButton>
    </>
  );
}
