import type { Announcements, ScreenReaderInstructions, UniqueIdentifier } from '@dnd-kit/core';
import { t } from '@shared/i18n';
import { criteriaTree, type Criterion } from '@shared/model/criteria';

/** The group of the top-level criteria (the others' group is their parent's id). */
export const ROOT = '::top';

/** Where each criterion sits: its group (ROOT or its parent), its siblings, its position ("2", "2.1"). */
export function structureOf(criteria: readonly Criterion[]) {
  const tree = criteriaTree(criteria);
  const groupOf = new Map<string, string>();
  const siblingsOf = new Map<string, string[]>();
  const positionOf = new Map<string, string>();
  const byId = new Map(criteria.map((c) => [c.id, c]));
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
  return { groupOf, siblingsOf, positionOf, byId };
}

/** What a screen reader hears while a criterion is dragged, from the order as the drag found it. */
export function dragAccessibility(dragStructure: () => ReturnType<typeof structureOf>): {
  announcements: Announcements;
  screenReaderInstructions: ScreenReaderInstructions;
} {
  const describe = (id: UniqueIdentifier | undefined) => {
    const { byId, positionOf } = dragStructure();
    const c = byId.get(String(id));
    if (!c) return t('criteria:drag.theCriterion');
    const name = c.name.trim() || t('criteria:drag.unnamed');
    const position = positionOf.get(c.id) ?? '';
    return c.parentId ? t('criteria:drag.subCriterion', { position, name }) : t('criteria:drag.criterion', { position, name });
  };
  const slot = (id: UniqueIdentifier | undefined) => {
    const { groupOf, siblingsOf } = dragStructure();
    const group = siblingsOf.get(groupOf.get(String(id)) ?? ROOT) ?? [];
    return t('criteria:drag.slot', { position: group.indexOf(String(id)) + 1, total: group.length });
  };
  return {
    announcements: {
      onDragStart: ({ active }) => t('criteria:drag.pickedUp', { item: describe(active.id), slot: slot(active.id) }),
      onDragOver: ({ active, over }) =>
        over
          ? t('criteria:drag.over', { item: describe(active.id), slot: slot(over.id) })
          : t('criteria:drag.notOver', { item: describe(active.id) }),
      onDragEnd: ({ active, over }) =>
        over
          ? t('criteria:drag.dropped', { item: describe(active.id), slot: slot(over.id) })
          : t('criteria:drag.droppedInPlace', { item: describe(active.id) }),
      onDragCancel: ({ active }) => t('criteria:drag.cancelled', { item: describe(active.id) }),
    },
    screenReaderInstructions: { draggable: t('criteria:drag.instructions') },
  };
}
