import { useRef, type ReactNode } from 'react';
import { ActionIcon, Badge, Button, Collapse, Group, Menu, NativeSelect, Stack, Text, Textarea, TextInput, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconArrowDown,
  IconArrowUp,
  IconBooks,
  IconChevronDown,
  IconChevronRight,
  IconDots,
  IconGripVertical,
  IconIndentDecrease,
  IconIndentIncrease,
  IconPlus,
  IconScale,
  IconTrash,
} from '@tabler/icons-react';
import { LIMITS } from '@shared/model/common';
import {
  CATEGORY_LABELS,
  CRITERION_CATEGORIES,
  childrenOf,
  defaultScoringFor,
  isPriceCategory,
  newCriterion,
  nestCriterion,
  promoteCriterion,
  removeCriterion,
  updateCriterion,
  addCriterion,
  type Criterion,
  type CriterionCategory,
} from '@shared/model/criteria';
import { PRICE_FORMULA_LABELS, isPriceFormula, type QualityScaleMax } from '@shared/model/scoring';
import type { Finding } from '@shared/rules/findings';
import { balanceRemainingWeight, formatWeightPercent, remainingWeight, setCriterionWeight, sumWeights } from '@shared/rules/weights';
import type { Lot } from '@shared/model/tender';
import { useActions } from '../../store';
import { FieldMessage, FindingMessages, describedBy } from './FindingMessage';
import { DETAIL_FIELDS, fieldId, focusFieldSoon, type LotChange } from './lotEdit';
import { ScoringEditor } from './ScoringEditor';
import { useWeightDraft } from './useWeightDraft';

export interface DragHandle {
  /** dnd-kit's setActivatorNodeRef for the handle. */
  handleRef: (element: HTMLElement | null) => void;
  /** dnd-kit's attributes and listeners for the handle. */
  handleProps: Record<string, unknown>;
}

export interface CriterionCardProps {
  lot: Lot;
  criterion: Criterion;
  /** "1", "2", or "2.1" for a sub-criterion. */
  position: string;
  /** Index among its siblings, and how many siblings there are. */
  index: number;
  siblings: number;
  /** The top-level criterion above this one (what "nest" puts it under). */
  previousTopLevel?: Criterion;
  findings: readonly Finding[];
  expanded: boolean;
  onToggleExpanded: (id: string, open?: boolean) => void;
  change: LotChange;
  scaleMax: QualityScaleMax;
  handleRef: DragHandle['handleRef'];
  handleProps: DragHandle['handleProps'];
  dragging: boolean;
  onMove: (id: string, offset: number) => void;
  onSaveToLibrary: (criterion: Criterion) => void;
  /** Sub-criteria, rendered inside the card of a top-level criterion. */
  children?: ReactNode;
}

const ROW_LABELS: Record<string, string> = { name: 'Name', category: 'Category', weight: 'Weight', id: 'Name', parentId: 'Name' };

function scoringSummary(criterion: Criterion, isParent: boolean): string {
  if (isParent) return 'Scored through its sub-criteria';
  const s = criterion.scoring;
  if (isPriceFormula(s)) return PRICE_FORMULA_LABELS[s.type];
  return `Scale 0 to ${s.max}`;
}

export function CriterionCard(props: CriterionCardProps) {
  const { lot, criterion, position, index, siblings, previousTopLevel, findings, expanded, onToggleExpanded, change, scaleMax, handleRef, handleProps, dragging, onMove, onSaveToLibrary, children } =
    props;
  const { endEditBurst } = useActions();
  const id = criterion.id;
  const isSub = criterion.parentId !== undefined;
  const kids = isSub ? [] : childrenOf(lot.criteria, id);
  const isParent = kids.length > 0;
  const noun = isSub ? 'sub-criterion' : 'criterion';
  const where = `${noun} ${position}`;
  const displayName = criterion.name.trim() || `Unnamed ${noun}`;
  const f = (field: string) => fieldId(lot.id, id, field);

  // The sub-criteria's weights when the weight field got focus: typing a new weight rescales them from
  // these, so intermediate keystrokes (1, 10, 10.5) do not wear their proportions down.
  const childSnapshot = useRef<Map<string, number>>(new Map());
  const weight = useWeightDraft(criterion.weight, (hundredths) =>
    change(`criterion:${id}:weight`, (l) => {
      const snapshot = childSnapshot.current;
      const base = snapshot.size ? l.criteria.map((c) => (snapshot.has(c.id) ? { ...c, weight: snapshot.get(c.id) ?? c.weight } : c)) : l.criteria;
      return { ...l, criteria: setCriterionWeight(base, id, hundredths) };
    }),
  );

  const update = (key: string | null, patch: Partial<Omit<Criterion, 'id' | 'parentId'>>) =>
    change(key, (l) => ({ ...l, criteria: updateCriterion(l.criteria, id, patch) }));

  const rowFindings = findings.filter((x) => !DETAIL_FIELDS.has(x.field ?? ''));
  const detailFindings = findings.filter((x) => DETAIL_FIELDS.has(x.field ?? ''));
  const forField = (field: string) => rowFindings.filter((x) => x.field === field || (field === 'name' && (x.field === 'id' || x.field === 'parentId')));
  const weightProblemId = `${f('weight')}-problem`;

  const setCategory = (category: CriterionCategory) => {
    const keepScoring = isPriceCategory(category) === isPriceFormula(criterion.scoring);
    update(null, { category, ...(keepScoring ? {} : { scoring: defaultScoringFor(category, scaleMax) }) });
  };

  const addSub = () => {
    const sub = newCriterion(criterion.category, { parentId: id, scaleMax });
    change(null, (l) => ({ ...l, criteria: addCriterion(l.criteria, sub) }));
    onToggleExpanded(sub.id, true);
    focusFieldSoon(fieldId(lot.id, sub.id, 'name'));
  };

  const treeEdit = (result: ReturnType<typeof nestCriterion>, focus: string) => {
    if (!result.ok) {
      notifications.show({ color: 'red', title: 'Not changed', message: result.reason });
      return;
    }
    change(null, (l) => ({ ...l, criteria: result.criteria }));
    focusFieldSoon(focus);
  };

  const balance = () => {
    const result = balanceRemainingWeight(lot.criteria, id);
    if (!result.ok) {
      notifications.show({ color: 'yellow', title: 'Nothing to balance', message: result.reason });
      return;
    }
    change(null, (l) => ({ ...l, criteria: result.criteria }));
    notifications.show({ color: 'teal', title: 'Weight balanced', message: `${displayName} now weighs ${formatWeightPercent(result.weight)}.` });
    focusFieldSoon(f('weight'));
  };

  const remove = () => {
    const siblingsList = isSub && criterion.parentId ? childrenOf(lot.criteria, criterion.parentId) : lot.criteria.filter((c) => c.parentId === undefined);
    const at = siblingsList.findIndex((c) => c.id === id);
    const neighbour = siblingsList[at + 1] ?? siblingsList[at - 1];
    change(null, (l) => ({ ...l, criteria: removeCriterion(l.criteria, id) }));
    notifications.show({
      color: 'gray',
      title: 'Criterion removed',
      message: `${displayName}${isParent ? ` and its ${kids.length} sub-criteria were` : ' was'} removed. Ctrl+Z brings it back.`,
    });
    focusFieldSoon(neighbour ? fieldId(lot.id, neighbour.id, 'name') : isSub && criterion.parentId ? fieldId(lot.id, criterion.parentId, 'name') : `f-${lot.id}-lot-add`);
  };

  const remaining = isSub && criterion.parentId ? remainingWeight(lot.criteria, criterion.parentId) : remainingWeight(lot.criteria);
  const parentWeight = isParent ? criterion.weight : 0;
  const kidsTotal = sumWeights(kids);

  const addSubButton = (
    <Button variant="subtle" size="compact-sm" leftSection={<IconPlus size={14} aria-hidden />} onClick={addSub}>
      Add sub-criterion<VisuallyHidden> to {where}</VisuallyHidden>
    </Button>
  );

  return (
    <div
      className="tw-cr-card"
      data-sub={isSub || undefined}
      data-dragging={dragging || undefined}
      role="group"
      aria-label={`${isSub ? 'Sub-criterion' : 'Criterion'} ${position}: ${displayName}`}
    >
      <div className="tw-cr-row">
        <ActionIcon
          ref={handleRef}
          variant="subtle"
          color="gray"
          size="lg"
          className="tw-cr-handle"
          aria-label={`Reorder ${where} (${displayName})`}
          {...handleProps}
        >
          <IconGripVertical size={18} aria-hidden />
        </ActionIcon>
        <span className="tw-cr-position" aria-hidden>
          {position}
        </span>
        <TextInput
          id={f('name')}
          label={
            <>
              Name<VisuallyHidden> of {where}</VisuallyHidden>
            </>
          }
          placeholder={isSub ? 'e.g. Tier 2 factories' : 'e.g. Grievance mechanism for workers'}
          maxLength={LIMITS.shortText}
          value={criterion.name}
          onChange={(e) => update(`criterion:${id}:name`, { name: e.currentTarget.value })}
          onBlur={endEditBurst}
          {...describedBy(forField('name'))}
        />
        <NativeSelect
          id={f('category')}
          label={
            <>
              Category<VisuallyHidden> of {where}</VisuallyHidden>
            </>
          }
          value={criterion.category}
          data={CRITERION_CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABELS[c] }))}
          onChange={(e) => setCategory(e.currentTarget.value as CriterionCategory)}
          {...describedBy(forField('category'))}
        />
        <TextInput
          id={f('weight')}
          label={
            <>
              Weight<VisuallyHidden> of {where}, in percent</VisuallyHidden>
            </>
          }
          inputMode="decimal"
          rightSection={<span aria-hidden>%</span>}
          className="tw-cr-weight"
          value={weight.text}
          onFocus={() => {
            childSnapshot.current = new Map(kids.map((k) => [k.id, k.weight]));
          }}
          onChange={(e) => weight.onChange(e.currentTarget.value)}
          onBlur={() => {
            weight.onBlur();
            childSnapshot.current = new Map();
            endEditBurst();
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && weight.problem) weight.reset();
          }}
          {...describedBy(forField('weight'), weight.problem ? [weightProblemId] : [])}
        />
        <Group gap={2} wrap="nowrap" className="tw-cr-row-actions">
          <ActionIcon
            id={f('up')}
            variant="subtle"
            color="gray"
            size="lg"
            aria-label={`Move ${where} up`}
            disabled={index === 0}
            onClick={() => {
              onMove(id, -1);
              focusFieldSoon(index - 1 === 0 ? f('down') : f('up'));
            }}
          >
            <IconArrowUp size={17} aria-hidden />
          </ActionIcon>
          <ActionIcon
            id={f('down')}
            variant="subtle"
            color="gray"
            size="lg"
            aria-label={`Move ${where} down`}
            disabled={index >= siblings - 1}
            onClick={() => {
              onMove(id, 1);
              focusFieldSoon(index + 1 >= siblings - 1 ? f('up') : f('down'));
            }}
          >
            <IconArrowDown size={17} aria-hidden />
          </ActionIcon>
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon id={f('menu')} variant="subtle" color="gray" size="lg" aria-label={`More actions for ${where}`}>
                <IconDots size={18} aria-hidden />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item leftSection={<IconScale size={16} aria-hidden />} onClick={balance}>
                Balance remaining weight
                <Text component="span" size="xs" c="gray.7" className="tw-cr-menu-hint">
                  {remaining === 0 ? 'Its level already totals exactly.' : remaining > 0 ? `Adds ${formatWeightPercent(remaining)}` : `Takes off ${formatWeightPercent(-remaining)}`}
                </Text>
              </Menu.Item>
              {!isSub && previousTopLevel && !isParent ? (
                <Menu.Item
                  leftSection={<IconIndentIncrease size={16} aria-hidden />}
                  onClick={() => treeEdit(nestCriterion(lot.criteria, id, previousTopLevel.id), f('name'))}
                >
                  Make it a sub-criterion of “{previousTopLevel.name.trim() || 'the criterion above'}”
                </Menu.Item>
              ) : null}
              {isSub ? (
                <Menu.Item leftSection={<IconIndentDecrease size={16} aria-hidden />} onClick={() => treeEdit(promoteCriterion(lot.criteria, id), f('name'))}>
                  Make it a top-level criterion
                </Menu.Item>
              ) : null}
              <Menu.Item leftSection={<IconBooks size={16} aria-hidden />} onClick={() => onSaveToLibrary(criterion)}>
                Save to my library…
              </Menu.Item>
              <Menu.Divider />
              <Menu.Item color="red" leftSection={<IconTrash size={16} aria-hidden />} onClick={remove}>
                Remove {isParent ? 'with its sub-criteria' : noun}
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </Group>
      </div>

      {weight.problem || rowFindings.length ? (
        <Stack gap={4} className="tw-cr-row-messages">
          {weight.problem ? (
            <FieldMessage
              id={weightProblemId}
              severity="error"
              label="Weight"
              message={weight.problem.message}
              fix={`${weight.problem.fix} The saved weight stays ${formatWeightPercent(criterion.weight)}.`}
            />
          ) : null}
          <FindingMessages findings={rowFindings} label={(x) => ROW_LABELS[x.field ?? '']} />
        </Stack>
      ) : null}

      <Group gap="xs" justify="space-between" wrap="nowrap" className="tw-cr-details-bar">
        <Group gap="xs">
          <Button
            variant="subtle"
            size="compact-sm"
            color="gray"
            leftSection={expanded ? <IconChevronDown size={16} aria-hidden /> : <IconChevronRight size={16} aria-hidden />}
            aria-expanded={expanded}
            aria-controls={f('details')}
            onClick={() => onToggleExpanded(id)}
          >
            {expanded ? 'Hide details' : 'Details'}
            <VisuallyHidden> of {where}</VisuallyHidden>
          </Button>
          <Text size="sm" c="gray.7">
            {scoringSummary(criterion, isParent)}
          </Text>
          {criterion.libraryId ? (
            <Badge variant="light" color="gray" size="sm" tt="none">
              From the library
            </Badge>
          ) : null}
          {!expanded && detailFindings.length ? (
            <Badge variant="light" color={detailFindings.some((x) => x.severity === 'error') ? 'red' : 'yellow'} size="sm" tt="none">
              {detailFindings.length === 1 ? '1 thing to check in the details' : `${detailFindings.length} things to check in the details`}
            </Badge>
          ) : null}
        </Group>
        {!isSub && !isParent ? addSubButton : null}
      </Group>

      <Collapse expanded={expanded} id={f('details')} keepMounted={false}>
        <div className="tw-cr-details">
          <Textarea
            id={f('description')}
            label="Description"
            description="What the criterion assesses, in the words bidders will read."
            autosize
            minRows={2}
            maxRows={8}
            maxLength={LIMITS.longText}
            value={criterion.description}
            onChange={(e) => update(`criterion:${id}:description`, { description: e.currentTarget.value })}
            onBlur={endEditBurst}
          />
          <Textarea
            id={f('evidence')}
            label="Evidence the bidder must supply"
            autosize
            minRows={2}
            maxRows={8}
            maxLength={LIMITS.longText}
            value={criterion.evidence}
            onChange={(e) => update(`criterion:${id}:evidence`, { evidence: e.currentTarget.value })}
            onBlur={endEditBurst}
            {...describedBy(detailFindings.filter((x) => x.field === 'evidence'))}
          />
          <FindingMessages findings={detailFindings.filter((x) => x.field === 'evidence')} />
          {isParent ? (
            <Text size="sm" c="gray.7">
              This criterion is scored through its sub-criteria; each of them has its own scoring method.
            </Text>
          ) : (
            <ScoringEditor
              lotId={lot.id}
              criterion={criterion}
              findings={detailFindings}
              onChange={(scoring, key) => update(key, { scoring })}
              onBlur={endEditBurst}
            />
          )}
        </div>
      </Collapse>

      {isParent ? (
        <div className="tw-cr-children">
          {children}
          <Group gap="sm" justify="space-between">
            {addSubButton}
            <Text size="xs" c={kidsTotal === parentWeight ? 'gray.7' : 'red.9'}>
              Sub-criteria total {formatWeightPercent(kidsTotal)} of {formatWeightPercent(parentWeight)}
            </Text>
          </Group>
        </div>
      ) : null}
    </div>
  );
}
