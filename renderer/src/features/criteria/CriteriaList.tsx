import { useState, type ReactNode } from 'react';
import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type Collision,
  type CollisionDetection,
  type DragEndEvent,
  type Modifier,
  type ScreenReaderInstructions,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { criteriaTree, moveCriterion, moveCriterionTo, type Criterion } from '@shared/model/criteria';
import type { QualityScaleMax } from '@shared/model/scoring';
import type { Finding } from '@shared/rules/findings';
import type { Lot } from '@shared/model/tender';
import { CriterionCard, type DragHandle } from './CriterionCard';
import type { LotChange } from './lotEdit';

const ROOT = '::top';

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
  // dnd-kit moves rows through the CSSOM (element.style), which the CSP allows; nothing is injected.
  const style = { transform: CSS.Translate.toString(transform), transition };
  return (
    <li ref={setNodeRef} style={style} className={className} data-dragging={isDragging || undefined}>
      {children({ handleRef: setActivatorNodeRef, handleProps: { ...attributes, ...listeners } }, isDragging)}
    </li>
  );
}

interface CriteriaListProps {
  lot: Lot;
  findingsFor: (criterionId: string) => Finding[];
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
 */
export function CriteriaList({ lot, findingsFor, expanded, onToggleExpanded, change, scaleMax, onSaveToLibrary }: CriteriaListProps) {
  const tree = criteriaTree(lot.criteria);
  const [activeGroup, setActiveGroup] = useState<string | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  const groupOf = new Map<string, string>();
  const siblingsOf = new Map<string, string[]>();
  const positionOf = new Map<string, string>();
  const byId = new Map(lot.criteria.map((c) => [c.id, c]));
  siblingsOf.set(
    ROOT,
    tree.map((n) => n.criterion.id),
  );
  tree.forEach((node, i) => {
    groupOf.set(node.criterion.id, ROOT);
    positionOf.set(node.criterion.id, String(i + 1));
    siblingsOf.set(
      node.criterion.id,
      node.children.map((c) => c.id),
    );
    node.children.forEach((child, j) => {
      groupOf.set(child.id, node.criterion.id);
      positionOf.set(child.id, `${i + 1}.${j + 1}`);
    });
  });

  const describe = (id: UniqueIdentifier | undefined) => {
    const c = byId.get(String(id));
    if (!c) return 'the criterion';
    return `${c.parentId ? 'sub-criterion' : 'criterion'} ${positionOf.get(c.id) ?? ''} (${c.name.trim() || 'unnamed'})`;
  };
  const slot = (id: UniqueIdentifier | undefined) => {
    const group = siblingsOf.get(groupOf.get(String(id)) ?? ROOT) ?? [];
    return `position ${group.indexOf(String(id)) + 1} of ${group.length}`;
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${describe(active.id)}, ${slot(active.id)}.`,
    onDragOver: ({ active, over }) => (over ? `${describe(active.id)} is over ${slot(over.id)}.` : `${describe(active.id)} is not over a position.`),
    onDragEnd: ({ active, over }) => (over ? `${describe(active.id)} was dropped at ${slot(over.id)}.` : `${describe(active.id)} was dropped where it was.`),
    onDragCancel: ({ active }) => `Reordering cancelled; ${describe(active.id)} is back where it was.`,
  };
  const instructions: ScreenReaderInstructions = {
    draggable:
      'To reorder, press Space to pick up the criterion, use the Up and Down arrow keys to move it among its siblings, Space again to drop it, or Escape to cancel. The Move up and Move down buttons do the same.',
  };

  const move = (id: string, offset: number) => change(null, (l) => ({ ...l, criteria: moveCriterion(l.criteria, id, offset) }));

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setActiveGroup(null);
    if (!over || active.id === over.id) return;
    const group = groupOf.get(String(active.id));
    if (group === undefined || groupOf.get(String(over.id)) !== group) return;
    const to = (siblingsOf.get(group) ?? []).indexOf(String(over.id));
    if (to < 0) return;
    change(null, (l) => ({ ...l, criteria: moveCriterionTo(l.criteria, String(active.id), to) }));
  };

  const card = (criterion: Criterion, index: number, count: number, previousTopLevel: Criterion | undefined, handle: DragHandle, dragging: boolean, children?: ReactNode) => (
    <CriterionCard
      lot={lot}
      criterion={criterion}
      position={positionOf.get(criterion.id) ?? String(index + 1)}
      index={index}
      siblings={count}
      previousTopLevel={previousTopLevel}
      findings={findingsFor(criterion.id)}
      expanded={expanded.has(criterion.id)}
      onToggleExpanded={onToggleExpanded}
      change={change}
      scaleMax={scaleMax}
      handleRef={handle.handleRef}
      handleProps={handle.handleProps}
      dragging={dragging}
      onMove={move}
      onSaveToLibrary={onSaveToLibrary}
    >
      {children}
    </CriterionCard>
  );

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={edgeAligned}
      modifiers={[verticalOnly]}
      accessibility={{ announcements, screenReaderInstructions: instructions }}
      onDragStart={({ active }) => setActiveGroup(groupOf.get(String(active.id)) ?? ROOT)}
      onDragEnd={onDragEnd}
      onDragCancel={() => setActiveGroup(null)}
    >
      <SortableContext items={siblingsOf.get(ROOT) ?? []} strategy={verticalListSortingStrategy}>
        <ol className="tw-cr-list" aria-label={`Award criteria of ${lot.title}`}>
          {tree.map((node, i) => (
            <SortableItem key={node.criterion.id} id={node.criterion.id} disabled={activeGroup !== null && activeGroup !== ROOT} className="tw-cr-item">
              {(handle, dragging) =>
                card(
                  node.criterion,
                  i,
                  tree.length,
                  tree[i - 1]?.criterion,
                  handle,
                  dragging,
                  node.children.length ? (
                    <SortableContext
                      items={node.children.map((c) => c.id)}
                      strategy={verticalListSortingStrategy}
                    >
                      <ol className="tw-cr-sublist" aria-label={`Sub-criteria of ${node.criterion.name.trim() || `criterion ${i + 1}`}`}>
                        {node.children.map((child, j) => (
                          <SortableItem key={child.id} id={child.id} disabled={activeGroup !== null && activeGroup !== node.criterion.id} className="tw-cr-subitem">
                            {(childHandle, childDragging) => card(child, j, node.children.length, undefined, childHandle, childDragging)}
                          </SortableItem>
                        ))}
                      </ol>
                    </SortableContext>
                  ) : undefined,
                )
              }
            </SortableItem>
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}
