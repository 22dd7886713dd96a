import { useTranslation } from 'react-i18next';
import { Group, TextInput, Textarea } from '@mantine/core';
import { LIMITS } from '@shared/model/common';
import { itemRow, subClauseRow, type SubClauseRow } from '@shared/rules/ownClauseForm';
import type { GuardText } from './useGuardedText';
import { AddRowButton, RemoveRowButton, RowCard } from './RowCard';

const letter = (j: number) => String.fromCharCode(97 + j);

/** The sub-clauses of an own clause, each with its heading, text and lettered items. */
export function SubClauseRows({
  rows,
  guarded,
  onChange,
}: {
  rows: SubClauseRow[];
  guarded: GuardText;
  onChange: (rows: SubClauseRow[]) => void;
}) {
  const { t } = useTranslation('clauses');
  const setSub = (k: string, patch: Partial<SubClauseRow>) => onChange(rows.map((s) => (s.key === k ? { ...s, ...patch } : s)));
  return (
    <>
      {rows.map((s, i) => (
        <RowCard
          key={s.key}
          title={t('ownSubClauses.title', { number: i + 1 })}
          removeLabel={t('ownSubClauses.remove', { number: i + 1 })}
          onRemove={() => onChange(rows.filter((x) => x.key !== s.key))}
        >
          <TextInput
            value={s.heading}
            {...guarded(`sub-h-${s.key}`, t('ownSubClauses.heading', { number: i + 1 }), LIMITS.shortText, (v) =>
              setSub(s.key, { heading: v }),
            )}
          />
          <Textarea
            autosize
            minRows={2}
            maxRows={10}
            value={s.body}
            {...guarded(`sub-b-${s.key}`, t('ownSubClauses.text', { number: i + 1 }), LIMITS.longText, (v) => setSub(s.key, { body: v }))}
          />
          {s.items.map((item, j) => (
            <Group key={item.key} gap={6} align="flex-end" wrap="nowrap" pl="md">
              <Textarea
                flex={1}
                autosize
                minRows={1}
                maxRows={6}
                value={item.body}
                {...guarded(`item-${item.key}`, t('ownSubClauses.item', { letter: letter(j), number: i + 1 }), LIMITS.longText, (v) =>
                  setSub(s.key, { items: s.items.map((x) => (x.key === item.key ? { ...x, body: v } : x)) }),
                )}
              />
              <RemoveRowButton
                mb={4}
                label={t('ownSubClauses.removeItem', { letter: letter(j), number: i + 1 })}
                onClick={() => setSub(s.key, { items: s.items.filter((x) => x.key !== item.key) })}
              />
            </Group>
          ))}
          <AddRowButton compact onClick={() => setSub(s.key, { items: [...s.items, itemRow()] })}>
            {t('ownSubClauses.addItem', { number: i + 1 })}
          </AddRowButton>
        </RowCard>
      ))}
      <AddRowButton onClick={() => onChange([...rows, subClauseRow()])}>{t('ownSubClauses.add')}</AddRowButton>
    </>
  );
}
