import { useTranslation } from 'react-i18next';
import { Checkbox, Group, NativeSelect, Text, TextInput, Textarea } from '@mantine/core';
import type { ParameterType } from '@shared/model/clauses';
import { LIMITS } from '@shared/model/common';
import { parameterRow, type ParameterRow } from '@shared/rules/ownClauseForm';
import { AddRowButton, RowCard } from './RowCard';
import { parameterTypeOptions } from './labels';

/** The parameters an own clause declares, each written as text fields until the clause is saved. */
export function ParameterRows({ rows, onChange }: { rows: ParameterRow[]; onChange: (rows: ParameterRow[]) => void }) {
  const { t } = useTranslation('clauses');
  const setParam = (k: string, patch: Partial<ParameterRow>) => onChange(rows.map((p) => (p.key === k ? { ...p, ...patch } : p)));
  return (
    <>
      {rows.map((p, i) => (
        <RowCard
          key={p.key}
          title={
            <>
              {t('ownParameters.title', { number: i + 1 })}
              {p.name ? <Text span c="dimmed" size="sm">{` · {{${p.name}}}`}</Text> : null}
            </>
          }
          removeLabel={t('ownParameters.remove', { number: i + 1 })}
          onRemove={() => onChange(rows.filter((x) => x.key !== p.key))}
        >
          <Group grow align="flex-start">
            <TextInput
              label={t('ownParameters.name', { number: i + 1 })}
              description={t('ownParameters.nameHelp')}
              value={p.name}
              onChange={(e) => setParam(p.key, { name: e.currentTarget.value.slice(0, LIMITS.id) })}
            />
            <NativeSelect
              label={t('ownParameters.type', { number: i + 1 })}
              value={p.type}
              onChange={(e) => setParam(p.key, { type: e.currentTarget.value as ParameterType })}
              data={parameterTypeOptions()}
            />
            <TextInput
              label={t('ownParameters.label', { number: i + 1 })}
              value={p.label}
              onChange={(e) => setParam(p.key, { label: e.currentTarget.value.slice(0, LIMITS.shortText) })}
            />
          </Group>
          <TextInput
            label={t('ownParameters.help', { number: i + 1 })}
            value={p.help}
            onChange={(e) => setParam(p.key, { help: e.currentTarget.value.slice(0, 1000) })}
          />
          <Group grow align="flex-start">
            <TextInput
              label={t('ownParameters.default', { number: i + 1 })}
              description={
                p.type === 'date' ? t('ownParameters.dateFormat') : p.type === 'choice' ? t('ownParameters.choiceDefault') : undefined
              }
              value={p.defaultValue}
              onChange={(e) => setParam(p.key, { defaultValue: e.currentTarget.value.slice(0, LIMITS.shortText) })}
            />
            {p.type === 'number' ? (
              <>
                <TextInput
                  label={t('ownParameters.min', { number: i + 1 })}
                  value={p.min}
                  inputMode="decimal"
                  onChange={(e) => setParam(p.key, { min: e.currentTarget.value.slice(0, 30) })}
                />
                <TextInput
                  label={t('ownParameters.max', { number: i + 1 })}
                  value={p.max}
                  inputMode="decimal"
                  onChange={(e) => setParam(p.key, { max: e.currentTarget.value.slice(0, 30) })}
                />
                <TextInput
                  label={t('ownParameters.unit', { number: i + 1 })}
                  value={p.unit}
                  onChange={(e) => setParam(p.key, { unit: e.currentTarget.value.slice(0, 40) })}
                />
              </>
            ) : null}
          </Group>
          {p.type === 'number' ? (
            <Checkbox
              label={t('ownParameters.integer', { number: i + 1 })}
              checked={p.integer}
              onChange={(e) => setParam(p.key, { integer: e.currentTarget.checked })}
            />
          ) : null}
          {p.type === 'choice' ? (
            <Textarea
              autosize
              minRows={2}
              label={t('ownParameters.options', { number: i + 1 })}
              description={t('ownParameters.optionsHelp')}
              value={p.options}
              onChange={(e) => setParam(p.key, { options: e.currentTarget.value.slice(0, 10_000) })}
            />
          ) : null}
        </RowCard>
      ))}
      <AddRowButton onClick={() => onChange([...rows, parameterRow()])}>{t('ownParameters.add')}</AddRowButton>
    </>
  );
}
