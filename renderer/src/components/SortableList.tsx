import './lists.css';
import type { ReactNode } from 'react';
import { ActionIcon, Group } from '@mantine/core';
import { TooltipIconButton } from './TooltipIconButton';
import { IconArrowDown, IconArrowUp, IconGripVertical } from '@tabler/icons-react';
import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  closestCenter,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';

const MOVES = [
  {
    direction: 'up',
    step: -1,
    icon: IconArrowUp,
    tooltip: (t: TFunction) => t('sortable.moveUp'),
    label: (t: TFunction, name: string) => t('sortable.moveItemUp', { name }),
  },
  {
    direction: 'down',
    step: 1,
    icon: IconArrowDown,
    tooltip: (t: TFunction) => t('sortable.moveDown'),
    label: (t: TFunction, name: string) => t('sortable.moveItemDown', { name }),
  },
] as const;

/** The drag handle and the move-up/move-down buttons of one row, ready to place in the row. */
export interface RowControls {
  handle: ReactNode;
  moveButtons: ReactNode;
}

export type SortableKind = 'clause' | 'question';

// One whole sentence per kind of row, so each language can word (and gender) it its own way.
const KIND_TEXT: Record<SortableKind, { instructions: (t: TFunction) => string; fallbackName: (t: TFunction) => string }> = {
  clause: { instructions: (t) => t('sortable.instructionsClause'), fallbackName: (t) => t('sortable.aClause') },
  question: { instructions: (t) => t('sortable.instructionsQuestion'), fallbackName: (t) => t('sortable.aQuestion') },
};

interface SortableListProps<T> {
  items: readonly T[];
  getId: (item: T) => string;
  /** How a row is named in button labels and screen-reader announcements. */
  getLabel: (item: T, index: number) => string;
  /** Moves the item to a 0-based position. */
  onMove: (id: string, toIndex: number) => void;
  renderItem: (item: T, index: number, controls: RowControls) => ReactNode;
  /** Accessible name of the list. */
  label: string;
  /** What the rows are: picks the whole instruction sentence screen readers hear. */
  kind: SortableKind;
  className?: string;
  itemClassName?: (item: T) => string | undefined;
}

function SortableRow({
  id,
  className,
  children,
}: {
  id: string;
  className?: string;
  children: (handleProps: { ref: (el: HTMLElement | null) => void; props: Record<string, unknown> }, dragging: boolean) => ReactNode;
}) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id });
  // dnd-kit moves rows through the CSSOM (element.style), which the CSP allows; no <style> is injected.
  const style = { transform: CSS.Translate.toString(transform), transition };
  return (
    <li ref={setNodeRef} style={style} className={className} data-dragging={isDragging || undefined}>
      {children({ ref: setActivatorNodeRef, props: { ...attributes, ...listeners } }, isDragging)}
    </li>
  );
}

/** After a move the row keeps its element; if the pressed button is now disabled (top or bottom), focus its twin. */
function keepFocus(button: HTMLElement, direction: 'up' | 'down') {
  const row = button.closest('li');
  requestAnimationFrame(() => {
    const same = row?.querySelector<HTMLButtonElement>(`[data-move="${direction}"]`);
    if (same && !same.disabled) same.focus();
    else row?.querySelector<HTMLButtonElement>(`[data-move="${direction === 'up' ? 'down' : 'up'}"]`)?.focus();
  });
}

/**
 * A list reordered by dragging a row's handle (mouse), by picking the handle up with Space and moving
 * it with the arrow keys (keyboard, announced to screen readers), or with Move up / Move down buttons.
 */
export function SortableList<T>({
  items,
  getId,
  getLabel,
  onMove,
  renderItem,
  label,
  kind,
  className,
  itemClassName,
}: SortableListProps<T>) {
  const { t } = useTranslation('common');
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    // Space picks up and drops (Enter on a button also clicks it, which would drop at once); Enter drops too.
    useSensor(KeyboardSensor, {
      coordinateGetter: sortableKeyboardCoordinates,
      keyboardCodes: { start: ['Space'], end: ['Space', 'Enter'], cancel: ['Escape'] },
    }),
  );
  const ids = items.map(getId);
  const labelOf = (id: UniqueIdentifier | undefined) => {
    const index = ids.indexOf(String(id));
    const item = items[index];
    return item === undefined ? KIND_TEXT[kind].fallbackName(t) : getLabel(item, index);
  };
  const positionOf = (id: UniqueIdentifier | undefined) => ids.indexOf(String(id)) + 1;

  const announcements: Announcements = {
    onDragStart: ({ active }) => t('sortable.pickedUp', { name: labelOf(active.id), position: positionOf(active.id), total: ids.length }),
    onDragOver: ({ active, over }) =>
      over
        ? t('sortable.over', { name: labelOf(active.id), position: positionOf(over.id), total: ids.length })
        : t('sortable.notOver', { name: labelOf(active.id) }),
    onDragEnd: ({ active, over }) =>
      over
        ? t('sortable.droppedAt', { name: labelOf(active.id), position: positionOf(over.id), total: ids.length })
        : t('sortable.dropped', { name: labelOf(active.id) }),
    onDragCancel: ({ active }) => t('sortable.cancelled', { name: labelOf(active.id) }),
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const to = ids.indexOf(String(over.id));
    if (to !== -1) onMove(String(active.id), to);
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{
        announcements,
        screenReaderInstructions: {
          draggable: KIND_TEXT[kind].instructions(t),
        },
      }}
    >
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        <ul className={className} aria-label={label}>
          {items.map((item, index) => {
            const id = getId(item);
            const name = getLabel(item, index);
            return (
              <SortableRow key={id} id={id} className={itemClassName?.(item)}>
                {(handle) =>
                  renderItem(item, index, {
                    handle: (
                      <ActionIcon
                        ref={handle.ref}
                        {...handle.props}
                        variant="subtle"
                        color="gray"
                        className="tw-drag-handle"
                        aria-label={t('sortable.dragToReorder', { name })}
                      >
                        <IconGripVertical size={16} aria-hidden />
                      </ActionIcon>
                    ),
                    moveButtons: (
                      <Group gap={2} wrap="nowrap">
                        {MOVES.map(({ direction, step, icon, tooltip, label: moveLabel }) => (
                          <TooltipIconButton
                            key={direction}
                            tooltip={tooltip(t)}
                            icon={icon}
                            variant="subtle"
                            color="gray"
                            aria-label={moveLabel(t, name)}
                            data-move={direction}
                            disabled={index + step < 0 || index + step === items.length}
                            onClick={(e) => {
                              keepFocus(e.currentTarget, direction);
                              onMove(id, index + step);
                            }}
                          />
                        ))}
                      </Group>
                    ),
                  })
                }
              </SortableRow>
            );
          })}
        </ul>
      </SortableContext>
    </DndContext>
  );
}
