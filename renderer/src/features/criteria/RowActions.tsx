import { memo } from 'react';
import { ActionIcon, Group, Menu, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconArrowDown,
  IconArrowUp,
  IconBooks,
  IconDots,
  IconIndentDecrease,
  IconIndentIncrease,
  IconScale,
  IconTrash,
} from '@tabler/icons-react';
import { childrenOf, type Criterion } from '@shared/model/criteria';
import { nestCriterion, promoteCriterion, removeCriterion } from '@shared/rules/criteriaEdits';
import { balanceRemainingWeight, remainingWeight } from '@shared/rules/weights';
import { t } from '@shared/i18n';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store';
import { currentLot, fieldId, focusFieldSoon, useCriterionName, type LotChange } from './lotEdit';
import { percentText } from './percent';

const MOVES = [
  {
    direction: 'up',
    opposite: 'down',
    step: -1,
    icon: IconArrowUp,
    label: (where: string) => t('criteria:actions.moveUp', { where }),
  },
  {
    direction: 'down',
    opposite: 'up',
    step: 1,
    icon: IconArrowDown,
    label: (where: string) => t('criteria:actions.moveDown', { where }),
  },
] as const;

/** The criterion as it is now in the store, when an action runs. */
const currentCriterion = (lotId: string, id: string) => currentLot(lotId)?.criteria.find((c) => c.id === id);

/** What "Balance remaining weight" would do; only rendered while the menu is open, so typing elsewhere does not recompute it. */
function RemainingHint({ lotId, parentId }: { lotId: string; parentId: string | undefined }) {
  const remaining = useAppStore((s) => {
    const criteria = s.content?.lots.find((l) => l.id === lotId)?.criteria ?? [];
    return parentId !== undefined ? remainingWeight(criteria, parentId) : remainingWeight(criteria);
  });
  const { t } = useTranslation('criteria');
  return (
    <Text component="span" size="xs" c="dimmed" className="tw-cr-menu-hint">
      {remaining === 0
        ? t('actions.alreadyExact')
        : remaining > 0
          ? t('actions.adds', { weight: percentText(remaining) })
          : t('actions.takesOff', { weight: percentText(-remaining) })}
    </Text>
  );
}

interface RowActionsProps {
  lotId: string;
  criterionId: string;
  parentId: string | undefined;
  where: string;
  displayName: string;
  index: number;
  siblings: number;
  kidsCount: number;
  previousTopLevelId: string | undefined;
  change: LotChange;
  onMove: (id: string, offset: number) => void;
  onSaveToLibrary: (criterion: Criterion) => void;
}

/** Move up/down and the "more actions" menu. The actions read the lot when they run, so typing does not re-render them. */
export const RowActions = memo(function RowActions(props: RowActionsProps) {
  const {
    lotId,
    criterionId: id,
    parentId,
    where,
    displayName,
    index,
    siblings,
    kidsCount,
    previousTopLevelId,
    change,
    onMove,
    onSaveToLibrary,
  } = props;
  const { t } = useTranslation('criteria');
  const isSub = parentId !== undefined;
  const isParent = kidsCount > 0;
  const f = (field: string) => fieldId(lotId, id, field);
  const atEnd = (position: number, step: -1 | 1) => (step < 0 ? position <= 0 : position >= siblings - 1);

  const treeEdit = (result: ReturnType<typeof nestCriterion>, focus: string) => {
    if (!result.ok) {
      notifications.show({ color: 'red', title: t('actions.notChanged'), message: result.reason });
      return;
    }
    change(null, (l) => ({ ...l, criteria: result.criteria }));
    focusFieldSoon(focus);
  };

  const balance = () => {
    const result = balanceRemainingWeight(currentLot(lotId)?.criteria ?? [], id);
    if (!result.ok) {
      notifications.show({ color: 'yellow', title: t('actions.nothingToBalance'), message: result.reason });
      return;
    }
    change(null, (l) => ({ ...l, criteria: result.criteria }));
    notifications.show({
      color: 'teal',
      title: t('actions.balanced'),
      message: t('actions.nowWeighs', { name: displayName, weight: percentText(result.weight) }),
    });
    focusFieldSoon(f('weight'));
  };

  const remove = () => {
    const criteria = currentLot(lotId)?.criteria ?? [];
    const siblingsList = parentId !== undefined ? childrenOf(criteria, parentId) : criteria.filter((c) => c.parentId === undefined);
    const at = siblingsList.findIndex((c) => c.id === id);
    const neighbour = siblingsList[at + 1] ?? siblingsList[at - 1];
    change(null, (l) => ({ ...l, criteria: removeCriterion(l.criteria, id) }));
    notifications.show({
      color: 'gray',
      title: t('actions.removedTitle'),
      message: isParent
        ? t('actions.removedWithSubs', { name: displayName, count: kidsCount })
        : t('actions.removed', { name: displayName }),
    });
    focusFieldSoon(
      neighbour ? fieldId(lotId, neighbour.id, 'name') : parentId !== undefined ? fieldId(lotId, parentId, 'name') : `f-${lotId}-lot-add`,
    );
  };

  const saveToLibrary = () => {
    const criterion = currentCriterion(lotId, id);
    if (criterion) onSaveToLibrary(criterion);
  };

  return (
    <Group gap={2} wrap="nowrap" className="tw-cr-row-actions">
      {MOVES.map(({ direction, opposite, step, icon: Glyph, label }) => (
        <ActionIcon
          key={direction}
          id={f(direction)}
          variant="subtle"
          color="gray"
          size="lg"
          aria-label={label(where)}
          disabled={atEnd(index, step)}
          onClick={() => {
            onMove(id, step);
            // At the end the button becomes disabled, so focus goes to the other one.
            focusFieldSoon(atEnd(index + step, step) ? f(opposite) : f(direction));
          }}
        >
          <Glyph size={17} aria-hidden />
        </ActionIcon>
      ))}
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon id={f('menu')} variant="subtle" color="gray" size="lg" aria-label={t('actions.more', { where })}>
            <IconDots size={18} aria-hidden />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item leftSection={<IconScale size={16} aria-hidden />} onClick={balance}>
            {t('actions.balance')}
            <RemainingHint lotId={lotId} parentId={parentId} />
          </Menu.Item>
          {!isSub && previousTopLevelId && !isParent ? (
            <Menu.Item
              leftSection={<IconIndentIncrease size={16} aria-hidden />}
              onClick={() => treeEdit(nestCriterion(currentLot(lotId)?.criteria ?? [], id, previousTopLevelId), f('name'))}
            >
              <NestLabel lotId={lotId} criterionId={previousTopLevelId} />
            </Menu.Item>
          ) : null}
          {isSub ? (
            <Menu.Item
              leftSection={<IconIndentDecrease size={16} aria-hidden />}
              onClick={() => treeEdit(promoteCriterion(currentLot(lotId)?.criteria ?? [], id), f('name'))}
            >
              {t('actions.promote')}
            </Menu.Item>
          ) : null}
          <Menu.Item leftSection={<IconBooks size={16} aria-hidden />} onClick={saveToLibrary}>
            {t('actions.saveToLibrary')}
          </Menu.Item>
          <Menu.Divider />
          <Menu.Item color="red" leftSection={<IconTrash size={16} aria-hidden />} onClick={remove}>
            {isParent ? t('actions.removeWithSubs') : isSub ? t('actions.removeSub') : t('actions.remove')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
    </Group>
  );
});

/** "Make it a sub-criterion of" the criterion above, named as it is now (rendered only inside an open menu). */
function NestLabel({ lotId, criterionId }: { lotId: string; criterionId: string }) {
  const name = useCriterionName(lotId, criterionId).trim();
  const { t } = useTranslation('criteria');
  return <>{name ? t('actions.nestUnder', { name }) : t('actions.nestUnderAbove')}</>;
}
