import { memo, useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Collision,
  type CollisionDetection,
  type DragEndEvent,
  type DragStartEvent,
  type Modifier,
} from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { criteriaTree, type CriteriaSettings, type Criterion } from '@shared/model/criteria';
import { moveCriterion, moveCriterionTo } from '@shared/rules/criteriaEdits';
import type { QualityScaleMax } from '@shared/model/scoring';
import { CriterionCard, type DragHandle } from './CriterionCard';
import { useAppStore } from '../../store';
import { currentLot, useCriterionName, type LotChange } from './lotEdit';
import { useStableIds } from './memo';
import { ROOT, dragAccessibility, structureOf } from './listStructure';
import { useTranslation } from 'react-i18next';

/**
 * Criteria cards differ in height (open details, sub-criteria), so "closest centre" would keep a tall
 * card over itself. A card is over the sibling whose top or bottom edge lines up best with its own:
 * the keyboard sensor lines up the top edge when moving up and the bottom edge when moving down.
 */
const edgeAligned: CollisionDetection = ({ collisionRect, droppableRects, droppableContainers }) => {
  const collisions: Collision[] = [];
  for (const container of droppableContainers) {
    const rect = droppableRects.get(container.id);
    if (!rect) continue;
    const value = Math.min(Math.abs(rect.top - collisionRect.top), Math.abs(rect.bottom - collisionRect.bottom));
    collisions.push({ id: container.id, data: { droppableContainer: container, value } });
  }
  return collisions.sort((a, b) => (a.data?.value as number) - (b.data?.value as number));
};

/** Rows move up and down only. */
const verticalOnly: Modifier = ({ transform }) => ({ ...transform, x: 0 });
const MODIFIERS = [verticalOnly];

// Module constants: options made afresh on each render would give dnd-kit new sensors, hence a new
// context, and every sortable item (all cards) would re-render on every keystroke.
const POINTER_OPTIONS = { activationConstraint: { distance: 4 } };
const KEYBOARD_OPTIONS = { coordinateGetter: sortableKeyboardCoordinates };

function SortableItem({
  id,
  disabled,
  className,
  children,
}: {
  id: string;
  /** True while an item of another level is being dragged: this one is then not a drop target. */
  disabled: boolean;
  className: string;
  children: (handle: DragHandle, dragging: boolean) => ReactNode;
}) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id,
    disabled: { draggable: false, droppable: disabled },
  });
  // The same handle object while dnd-kit's parts are the same, so the memoised card is not re-rendered for nothing.
  const handle = useMemo(
    () => ({ handleRef: setActivatorNodeRef, handleProps: { ...attributes, ...listeners } }),
    [setActivatorNodeRef, attributes, listeners],
  );
  // dnd-kit moves rows through the CSSOM (element.style), which the CSP allows; nothing is injected.
  const style = { transform: CSS.Translate.toString(transform), transition };
  return (
    <li ref={setNodeRef} style={style} className={className} data-dragging={isDragging || undefined}>
      {children(handle, isDragging)}
    </li>
  );
}

const NO_IDS: readonly string[] = Object.freeze([]);

interface CriterionItemProps {
  lotId: string;
  criterionId: string;
  /** ROOT for a top-level position, else the parent's id: the siblings it moves among. */
  group: string;
  /** Its sub-criteria's ids, in order (none for a sub-criterion). */
  kidIds: readonly string[];
  position: string;
  index: number;
  siblings: number;
  /** The top-level criterion above this one (what "nest" puts it under). */
  previousTopLevelId: string | undefined;
  expanded: ReadonlySet<string>;
  /** The group of the item being dragged, if any. */
  activeGroup: string | null;
  settings: CriteriaSettings;
  onToggleExpanded: (id: string, open?: boolean) => void;
  change: LotChange;
  scaleMax: QualityScaleMax;
  onMove: (id: string, offset: number) => void;
  onSaveToLibrary: (criterion: Criterion) => void;
}

/**
 * One sortable criterion with its sub-criteria. Its props are ids and positions only (the card reads
 * the criterion, its findings and its sub-criteria's total from the store), so typing re-renders no
 * item: only the cards whose criterion changed.
 */
const CriterionItem = memo(function CriterionItem(props: CriterionItemProps) {
  const { lotId, criterionId, group, kidIds, position, index, siblings, previousTopLevelId, expanded, activeGroup } = props;
  return (
    <SortableItem
      id={criterionId}
      disabled={activeGroup !== null && activeGroup !== group}
      className={group === ROOT ? 'tw-cr-item' : 'tw-cr-subitem'}
    >
      {(handle, dragging) => (
        <CriterionCard
          lotId={lotId}
          criterionId={criterionId}
          kidIds={kidIds}
          position={position}
          index={index}
          siblings={siblings}
          previousTopLevelId={previousTopLevelId}
          expanded={expanded.has(criterionId)}
          settings={props.settings}
          onToggleExpanded={props.onToggleExpanded}
          change={props.change}
          scaleMax={props.scaleMax}
          handleRef={handle.handleRef}
          handleProps={handle.handleProps}
          dragging={dragging}
          onMove={props.onMove}
          onSaveToLibrary={props.onSaveToLibrary}
        >
          {kidIds.length ? (
            <SortableContext items={kidIds as string[]} strategy={verticalListSortingStrategy}>
              <SubList lotId={lotId} parentId={criterionId} position={position}>
                {kidIds.map((kid, j) => (
                  <CriterionItem
                    {...props}
                    key={kid}
                    criterionId={kid}
                    group={criterionId}
                    kidIds={NO_IDS}
                    position={`${position}.${j + 1}`}
                    index={j}
                    siblings={kidIds.length}
                    previousTopLevelId={undefined}
                  />
                ))}
              </SubList>
            </SortableContext>
          ) : undefined}
        </CriterionCard>
      )}
    </SortableItem>
  );
});

/** The sub-criteria's list, named after its parent (the only part of the list that follows a rename). */
function SubList({ lotId, parentId, position, children }: { lotId: string; parentId: string; position: string; children: ReactNode }) {
  const name = useCriterionName(lotId, parentId);
  const { t } = useTranslation('criteria');
  return (
    <ol className="tw-cr-sublist" aria-label={t('list.subCriteriaOf', { name: name.trim() || t('list.criterionAt', { position }) })}>
      {children}
    </ol>
  );
}

interface ListNode {
  id: string;
  kidIds: readonly string[];
}

/**
 * The lot's title and its tree of criterion ids. Read from the store as a key that changes only when
 * criteria are added, removed, moved or (un)nested, so typing in a field does not re-render the list.
 */
function useLotTree(lotId: string): { title: string; nodes: ListNode[] } {
  const key = useAppStore((s) => {
    const lot = s.content?.lots.find((l) => l.id === lotId);
    return JSON.stringify(lot ? [lot.title, lot.criteria.map((c) => [c.id, c.parentId ?? null])] : ['', []]);
  });
  return useMemo(() => {
    const [title, pairs] = JSON.parse(key) as [string, [string, string | null][]];
    const tree = criteriaTree(pairs.map(([id, parentId]) => (parentId === null ? { id } : { id, parentId })));
    // A sub-criterion whose parent is not a top-level criterion sits at the top level, with no sub-criteria of its own.
    const nodes = tree.map((node) => ({
      id: node.criterion.id,
      kidIds: node.criterion.parentId === undefined && node.children.length ? node.children.map((c) => c.id) : NO_IDS,
    }));
    return { title, nodes };
  }, [key]);
}

interface CriteriaListProps {
  lotId: string;
  settings: CriteriaSettings;
  expanded: ReadonlySet<string>;
  onToggleExpanded: (id: string, open?: boolean) => void;
  change: LotChange;
  scaleMax: QualityScaleMax;
  onSaveToLibrary: (criterion: Criterion) => void;
}

/**
 * The lot's criteria as a nested, ordered list. Reorder by dragging a handle, by keyboard (focus a
 * handle, Space, arrow keys, Space) or with the Move up / Move down buttons. Items move among their
 * siblings: top-level criteria with their sub-criteria, sub-criteria within their parent.
 *
 * Memoised, and it does not read the lot itself: dnd-kit's DndContext gives a new context value on
 * every render, which makes React walk every card, so it must not re-render while weights are typed.
 * Its handlers read the lot from the store when they run; CriteriaItems below renders the lot.
 */
export const CriteriaList = memo(function CriteriaList({
  lotId,
  settings,
  expanded,
  onToggleExpanded,
  change,
  scaleMax,
  onSaveToLibrary,
}: CriteriaListProps) {
  const [activeGroup, setActiveGroup] = useState<string | null>(null);
  const sensors = useSensors(useSensor(PointerSensor, POINTER_OPTIONS), useSensor(KeyboardSensor, KEYBOARD_OPTIONS));
  const structure = useCallback(() => structureOf(currentLot(lotId)?.criteria ?? []), [lotId]);
  // The order as the drag found it: announcements speak of positions before the drop is applied.
  const atDragStart = useRef<ReturnType<typeof structureOf> | null>(null);
  const dragStructure = useCallback(() => (atDragStart.current ??= structure()), [structure]);

  // Rebuilt when the language changes, so a drag is announced in the language on screen.
  const { i18n } = useTranslation('criteria');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the language stands for the words
  const accessibility = useMemo(() => dragAccessibility(dragStructure), [dragStructure, i18n.language]);

  const move = useCallback(
    (id: string, offset: number) => change(null, (l) => ({ ...l, criteria: moveCriterion(l.criteria, id, offset) })),
    [change],
  );

  const onDragStart = useCallback(
    ({ active }: DragStartEvent) => {
      atDragStart.current = structure();
      setActiveGroup(atDragStart.current.groupOf.get(String(active.id)) ?? ROOT);
    },
    [structure],
  );
  const onDragCancel = useCallback(() => setActiveGroup(null), []);
  const onDragEnd = useCallback(
    ({ active, over }: DragEndEvent) => {
      setActiveGroup(null);
      if (!over || active.id === over.id) return;
      const { groupOf, siblingsOf } = dragStructure();
      const group = groupOf.get(String(active.id));
      if (group === undefined || groupOf.get(String(over.id)) !== group) return;
      const to = (siblingsOf.get(group) ?? []).indexOf(String(over.id));
      if (to < 0) return;
      change(null, (l) => ({ ...l, criteria: moveCriterionTo(l.criteria, String(active.id), to) }));
    },
    [dragStructure, change],
  );

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={edgeAligned}
      modifiers={MODIFIERS}
      accessibility={accessibility}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={onDragCancel}
    >
      <CriteriaItems
        lotId={lotId}
        settings={settings}
        activeGroup={activeGroup}
        expanded={expanded}
        onToggleExpanded={onToggleExpanded}
        change={change}
        scaleMax={scaleMax}
        onMove={move}
        onSaveToLibrary={onSaveToLibrary}
      />
    </DndContext>
  );
});

interface CriteriaItemsProps extends Omit<CriteriaListProps, 'onSaveToLibrary'> {
  activeGroup: string | null;
  onMove: (id: string, offset: number) => void;
  onSaveToLibrary: (criterion: Criterion) => void;
}

/**
 * The list itself. It reads the lot's tree from the store (not the screen's deferred copy), so dnd-kit
 * sees the order it just made; each card reads its own criterion and findings.
 */
function CriteriaItems({
  lotId,
  settings,
  activeGroup,
  expanded,
  onToggleExpanded,
  change,
  scaleMax,
  onMove,
  onSaveToLibrary,
}: CriteriaItemsProps) {
  const { title, nodes } = useLotTree(lotId);
  const topIds = useStableIds(nodes.map((n) => n.id));
  const { t } = useTranslation('criteria');
  return (
    <SortableContext items={topIds} strategy={verticalListSortingStrategy}>
      <ol className="tw-cr-list" aria-label={t('list.awardCriteriaOf', { title })}>
        {nodes.map((node, i) => (
          <CriterionItem
            key={node.id}
            lotId={lotId}
            criterionId={node.id}
            group={ROOT}
            kidIds={node.kidIds}
            position={String(i + 1)}
            index={i}
            siblings={nodes.length}
            previousTopLevelId={nodes[i - 1]?.id}
            expanded={expanded}
            activeGroup={activeGroup}
            settings={settings}
            onToggleExpanded={onToggleExpanded}
            change={change}
            scaleMax={scaleMax}
            onMove={onMove}
            onSaveToLibrary={onSaveToLibrary}
          />
        ))}
      </ol>
    </SortableContext>
  );
}
