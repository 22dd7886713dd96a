import { useRef } from 'react';
import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { LIMITS } from '@shared/model/common';
import type { Lot } from '@shared/model/tender';
import { useActions, useFieldErrors } from '../../store';
import { lotTitleId } from '../../components/fieldIds';

export function LotsEditor({ lots }: { lots: Lot[] }) {
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

  const remove = (index: number, lotId: string) => {
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
            label={`Lot ${index + 1} title`}
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
            aria-label={`Remove lot ${index + 1}`}
            disabled={lots.length === 1}
            onClick={() => remove(index, lot.id)}
          >
            <IconTrash size={16} aria-hidden />
          </ActionIcon>
        </Group>
      ))}
      {errors.lots ? (
        <Text size="sm" c="red.9">
          {errors.lots}
        </Text>
      ) : null}
      <Group justify="space-between" mt={4}>
        <Button ref={addButton} variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={add} disabled={lots.length >= LIMITS.lots}>
          Add lot
        </Button>
        <Text size="xs" c="gray.7">
          {lots.length === 1 ? 'A tender keeps at least one lot.' : `${lots.length} lots`}
        </Text>
      </Group>
    </Stack>
  );
}
