import { useRef } from 'react';
import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '@shared/model/common';
import { evaluationOf, type LotEvaluationRecords } from '@shared/model/evaluation';
import type { Lot } from '@shared/model/tender';
import { lotParts } from '@shared/rules/removal';
import { call } from '../../api';
import { confirmRemoval } from '../../components/confirm';
import { lotTitleId } from '../../components/fieldIds';
import { useActions, useAppStore, useFieldErrors } from '../../store';

/**
 * The lot's evaluation records as stored: the copy in the editable content may be older (imports and
 * moderations are written by the evaluation service). A lot not saved yet has only what it carries.
 */
async function storedRecordsOf(lot: Lot): Promise<LotEvaluationRecords | undefined> {
  const tenderId = useAppStore.getState().openTenderId;
  if (!tenderId) return undefined;
  try {
    return (await call('evaluation.records', { tenderId, lotId: lot.id })).records;
  } catch {
    return undefined;
  }
}

export function LotsEditor({ lots }: { lots: Lot[] }) {
  const { t } = useTranslation('tenders');
  const { addLot, renameLot, removeLot, endEditBurst } = useActions();
  const errors = useFieldErrors();
  const inputs = useRef(new Map<string, HTMLInputElement>());
  const addButton = useRef<HTMLButtonElement>(null);

  const add = () => {
    const id = addLot();
    if (id) {
      requestAnimationFrame(() => {
        const input = inputs.current.get(id);
        input?.focus();
        input?.select();
      });
    }
  };

  const remove = async (index: number, lot: Lot) => {
    const records = await storedRecordsOf(lot);
    const parts = lotParts(records ? { ...lot, evaluation: { ...evaluationOf(lot), ...records } } : lot);
    confirmRemoval('Lot', lot.title || t('lots.untitled', { number: index + 1 }), parts, () => removeNow(index, lot.id));
  };

  const removeNow = (index: number, lotId: string) => {
    removeLot(lotId);
    // Keep focus nearby: the previous lot's field, or the next one when the first was removed.
    const neighbour = lots[index - 1] ?? lots[index + 1];
    requestAnimationFrame(() => (neighbour ? inputs.current.get(neighbour.id)?.focus() : addButton.current?.focus()));
  };

  return (
    <Stack gap="xs">
      {lots.map((lot, index) => (
        <Group key={lot.id} gap="xs" align="flex-start" wrap="nowrap">
          <TextInput
            flex={1}
            id={lotTitleId(lot.id)}
            label={t('lots.titleLabel', { number: index + 1 })}
            required
            maxLength={LIMITS.shortText}
            value={lot.title}
            error={errors[`lots.${index}.title`]}
            ref={(el) => {
              if (el) inputs.current.set(lot.id, el);
              else inputs.current.delete(lot.id);
            }}
            onChange={(e) => renameLot(lot.id, e.currentTarget.value)}
            onBlur={endEditBurst}
          />
          <ActionIcon
            mt={26}
            size="lg"
            variant="default"
            aria-label={t('lots.remove', { number: index + 1 })}
            disabled={lots.length === 1}
            onClick={() => void remove(index, lot)}
          >
            <IconTrash size={16} aria-hidden />
          </ActionIcon>
        </Group>
      ))}
      {errors.lots ? (
        <Text size="sm" c="red">
          {errors.lots}
        </Text>
      ) : null}
      <Group justify="space-between" mt={4}>
        <Button
          ref={addButton}
          variant="light"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={add}
          disabled={lots.length >= LIMITS.lots}
        >
          {t('lots.add')}
        </Button>
        <Text size="xs" c="dimmed">
          {lots.length === 1 ? t('lots.keepsOne') : t('lots.count', { count: lots.length })}
        </Text>
      </Group>
    </Stack>
  );
}
