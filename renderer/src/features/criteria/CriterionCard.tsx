import { memo, useCallback, useMemo, useRef, type ReactNode } from 'react';
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
  type CriteriaSettings,
  type Criterion,
  type CriterionCategory,
} from '@shared/model/criteria';
import { addCriterion, nestCriterion, promoteCriterion, removeCriterion, updateCriterion } from '@shared/rules/criteriaEdits';
import { PRICE_FORMULA_LABELS, isPriceFormula, type QualityScaleMax } from '@shared/model/scoring';
import type { Finding } from '@shared/rules/findings';
import { balanceRemainingWeight, formatWeightPercent, remainingWeight, setCriterionWeight } from '@shared/rules/weights';
import { useAppStore } from '../../store';
import { FieldMessage, FindingMessages, describedBy } from './FindingMessage';
import { DETAIL_FIELDS, currentLot, fieldId, focusFieldSoon, useCriterion, useCriterionFindings, useCriterionName, useSubCriteriaTotal, type LotChange } from './lotEdit';
import { propsEqual, sameFindings } from './memo';
import { ScoringEditor } from './ScoringEditor';
import { useWeightDraft } from './useWeightDraft';

export interface DragHandle {
  /** dnd-kit's setActivatorNodeRef for the handle. */
  handleRef: (element: HTMLElement | null) => void;
  /** dnd-kit's attributes and listeners for the handle. */
  handleProps: Record<string, unknown>;
}

export interface CriterionCardProps {
  lotId: string;
  /** The card reads its criterion from the store, so a keystroke shows at once (see LotTabs). */
  criterionId: string;
  /** Its sub-criteria's ids (none for a sub-criterion). */
  kidIds: readonly string[];
  /** "1", "2", or "2.1" for a sub-criterion. */
  position: string;
  /** Index among its siblings, and how many siblings there are. */
  index: number;
  siblings: number;
  /** The top-level criterion above this one (what "nest" puts it under). */
  previousTopLevelId: string | undefined;
  expanded: boolean;
  settings: CriteriaSettings;
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
const CATEGORY_OPTIONS = CRITERION_CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABELS[c] }));

function scoringSummary(criterion: Pick<Criterion, 'scoring'>, isParent: boolean): string {
  if (isParent) return 'Scored through its sub-criteria';
  const s = criterion.scoring;
  if (isPriceFormula(s)) return PRICE_FORMULA_LABELS[s.type];
  return `Scale 0 to ${s.max}`;
}

/** The criterion as it is now in the store, when an action runs. */
const currentCriterion = (lotId: string, id: string) => currentLot(lotId)?.criteria.find((c) => c.id === id);

/** What "Balance remaining weight" would do; only rendered while the menu is open, so typing elsewhere does not recompute it. */
function RemainingHint({ lotId, parentId }: { lotId: string; parentId: string | undefined }) {
  const remaining = useAppStore((s) => {
    const criteria = s.content?.lots.find((l) => l.id === lotId)?.criteria ?? [];
    return parentId !== undefined ? remainingWeight(criteria, parentId) : remainingWeight(criteria);
  });
  return (
    <Text component="span" size="xs" c="gray.7" className="tw-cr-menu-hint">
      {remaining === 0 ? 'Its level already totals exactly.' : remaining > 0 ? `Adds ${formatWeightPercent(remaining)}` : `Takes off ${formatWeightPercent(-remaining)}`}
    </Text>
  );
}

/**
 * One criterion: its row of fields, messages, details and (for a top-level criterion) its sub-criteria.
 * It reads its criterion, its findings (the same array while they say the same) and its sub-criteria's
 * total from the store, so a keystroke re-renders only the cards it changes, in the keystroke's own
 * render, while the rest of the screen follows a moment later. Inside, the parts are memoised too: a
 * keystroke in the weight re-renders the weight field, not the name, category, actions or details.
 */
export const CriterionCard = memo(function CriterionCard(props: CriterionCardProps) {
  const criterion = useCriterion(props.lotId, props.criterionId);
  // Removed from the store, and the list (one render behind) has not caught up yet.
  if (!criterion) return null;
  return <CardBody {...props} criterion={criterion} />;
});

function CardBody(props: CriterionCardProps & { criterion: Criterion }) {
  const { lotId, criterion, kidIds, position, index, siblings, previousTopLevelId, expanded, settings, onToggleExpanded, change, scaleMax, handleRef, handleProps, dragging, onMove, onSaveToLibrary, children } =
    props;
  const endEditBurst = useAppStore((s) => s.endEditBurst);
  const findings = useCriterionFindings(lotId, criterion.id, settings);
  const kidsTotal = useSubCriteriaTotal(lotId, criterion.id);
  const id = criterion.id;
  const isSub = criterion.parentId !== undefined;
  const isParent = kidIds.length > 0;
  const noun = isSub ? 'sub-criterion' : 'criterion';
  const where = `${noun} ${position}`;
  const displayName = criterion.name.trim() || `Unnamed ${noun}`;
  const f = (field: string) => fieldId(lotId, id, field);

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

  const update = useCallback(
    (key: string | null, patch: Partial<Omit<Criterion, 'id' | 'parentId'>>) => change(key, (l) => ({ ...l, criteria: updateCriterion(l.criteria, id, patch) })),
    [change, id],
  );
  const rename = useCallback((name: string) => update(`criterion:${id}:name`, { name }), [update, id]);
  const setCategory = useCallback(
    (category: CriterionCategory) =>
      change(null, (l) => {
        const current = l.criteria.find((c) => c.id === id);
        if (!current) return l;
        const keepScoring = isPriceCategory(category) === isPriceFormula(current.scoring);
        return { ...l, criteria: updateCriterion(l.criteria, id, { category, ...(keepScoring ? {} : { scoring: defaultScoringFor(category, scaleMax) }) }) };
      }),
    [change, id, scaleMax],
  );
  const category = criterion.category;
  const addSub = useCallback(() => {
    const sub = newCriterion(category, { parentId: id, scaleMax });
    change(null, (l) => ({ ...l, criteria: addCriterion(l.criteria, sub) }));
    onToggleExpanded(sub.id, true);
    focusFieldSoon(fieldId(lotId, sub.id, 'name'));
  }, [category, id, scaleMax, change, onToggleExpanded, lotId]);
  const toggleDetails = useCallback(() => onToggleExpanded(id), [onToggleExpanded, id]);

  const { rowFindings, detailFindings } = useMemo(
    () => ({ rowFindings: findings.filter((x) => !DETAIL_FIELDS.has(x.field ?? '')), detailFindings: findings.filter((x) => DETAIL_FIELDS.has(x.field ?? '')) }),
    [findings],
  );
  const forField = (field: string) => rowFindings.filter((x) => x.field === field || (field === 'name' && (x.field === 'id' || x.field === 'parentId')));
  const weightProblemId = `${f('weight')}-problem`;

  return (
    <div
      className="tw-cr-card"
      data-sub={isSub || undefined}
      data-dragging={dragging || undefined}
      role="group"
      aria-label={`${isSub ? 'Sub-criterion' : 'Criterion'} ${position}: ${displayName}`}
      style={isParent ? { containIntrinsicSize: `auto ${CARD_HEIGHT + SUB_CARD_HEIGHT * kidIds.length}px` } : undefined}
    >
      <div className="tw-cr-row">
        <HandleButton handleRef={handleRef} handleProps={handleProps} label={`Reorder ${where} (${displayName})`} />
        <span className="tw-cr-position" aria-hidden>
          {position}
        </span>
        <NameField id={f('name')} where={where} isSub={isSub} value={criterion.name} findings={forField('name')} onChange={rename} onBlur={endEditBurst} />
        <CategoryField id={f('category')} where={where} value={criterion.category} findings={forField('category')} onChange={setCategory} />
        <TextInput
          id={f('weight')}
          label={
            <>
              Weight<VisuallyHidden> of {where}, in percent</VisuallyHidden>
            </>
          }
          inputMode="decimal"
          rightSection={PERCENT_SIGN}
          className="tw-cr-weight"
          value={weight.text}
          onFocus={() => {
            // From the store, not the list's props, which may be a keystroke behind.
            const criteria = currentLot(lotId)?.criteria ?? [];
            childSnapshot.current = new Map(isSub ? [] : childrenOf(criteria, id).map((k) => [k.id, k.weight]));
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
        <RowActions
          lotId={lotId}
          criterionId={id}
          parentId={criterion.parentId}
          where={where}
          displayName={displayName}
          index={index}
          siblings={siblings}
          kidsCount={kidIds.length}
          previousTopLevelId={previousTopLevelId}
          change={change}
          onMove={onMove}
          onSaveToLibrary={onSaveToLibrary}
        />
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
          <FindingMessages findings={rowFindings} label={rowLabel} />
        </Stack>
      ) : null}

      <DetailsBar
        expanded={expanded}
        detailsId={f('details')}
        where={where}
        summary={scoringSummary(criterion, isParent)}
        fromLibrary={Boolean(criterion.libraryId)}
        detailFindings={detailFindings}
        showAddSub={!isSub && !isParent}
        onToggle={toggleDetails}
        onAddSub={addSub}
      />

      <CriterionDetails
        expanded={expanded}
        lotId={lotId}
        criterionId={id}
        category={criterion.category}
        description={criterion.description}
        evidence={criterion.evidence}
        scoring={criterion.scoring}
        isParent={isParent}
        findings={detailFindings}
        update={update}
        onBlur={endEditBurst}
      />

      {isParent ? (
        <div className="tw-cr-children">
          {children}
          <SubCriteriaFooter where={where} onAddSub={addSub} kidsTotal={kidsTotal} parentWeight={criterion.weight} />
        </div>
      ) : null}
    </div>
  );
}

const PERCENT_SIGN = <span aria-hidden>%</span>;
/** About how tall a card and a sub-criterion's card are, for the space a card off screen holds (criteria.css). */
const CARD_HEIGHT = 120;
const SUB_CARD_HEIGHT = 132;
const rowLabel = (x: Finding) => ROW_LABELS[x.field ?? ''];

// ---- the card's parts, each re-rendered only when what it shows changes ----

const HandleButton = memo(function HandleButton({ handleRef, handleProps, label }: { handleRef: DragHandle['handleRef']; handleProps: DragHandle['handleProps']; label: string }) {
  return (
    <ActionIcon ref={handleRef} variant="subtle" color="gray" size="lg" className="tw-cr-handle" aria-label={label} {...handleProps}>
      <IconGripVertical size={18} aria-hidden />
    </ActionIcon>
  );
});

interface NameFieldProps {
  id: string;
  where: string;
  isSub: boolean;
  value: string;
  findings: readonly Finding[];
  onChange: (name: string) => void;
  onBlur: () => void;
}

const NameField = memo(function NameField({ id, where, isSub, value, findings, onChange, onBlur }: NameFieldProps) {
  return (
    <TextInput
      id={id}
      label={
        <>
          Name<VisuallyHidden> of {where}</VisuallyHidden>
        </>
      }
      placeholder={isSub ? 'e.g. Tier 2 factories' : 'e.g. Grievance mechanism for workers'}
      maxLength={LIMITS.shortText}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      onBlur={onBlur}
      {...describedBy(findings)}
    />
  );
}, propsEqual<NameFieldProps>({ findings: sameFindings }));

interface CategoryFieldProps {
  id: string;
  where: string;
  value: CriterionCategory;
  findings: readonly Finding[];
  onChange: (category: CriterionCategory) => void;
}

const CategoryField = memo(function CategoryField({ id, where, value, findings, onChange }: CategoryFieldProps) {
  return (
    <NativeSelect
      id={id}
      label={
        <>
          Category<VisuallyHidden> of {where}</VisuallyHidden>
        </>
      }
      value={value}
      data={CATEGORY_OPTIONS}
      onChange={(e) => onChange(e.currentTarget.value as CriterionCategory)}
      {...describedBy(findings)}
    />
  );
}, propsEqual<CategoryFieldProps>({ findings: sameFindings }));

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
const RowActions = memo(function RowActions(props: RowActionsProps) {
  const { lotId, criterionId: id, parentId, where, displayName, index, siblings, kidsCount, previousTopLevelId, change, onMove, onSaveToLibrary } = props;
  const isSub = parentId !== undefined;
  const isParent = kidsCount > 0;
  const noun = isSub ? 'sub-criterion' : 'criterion';
  const f = (field: string) => fieldId(lotId, id, field);

  const treeEdit = (result: ReturnType<typeof nestCriterion>, focus: string) => {
    if (!result.ok) {
      notifications.show({ color: 'red', title: 'Not changed', message: result.reason });
      return;
    }
    change(null, (l) => ({ ...l, criteria: result.criteria }));
    focusFieldSoon(focus);
  };

  const balance = () => {
    const result = balanceRemainingWeight(currentLot(lotId)?.criteria ?? [], id);
    if (!result.ok) {
      notifications.show({ color: 'yellow', title: 'Nothing to balance', message: result.reason });
      return;
    }
    change(null, (l) => ({ ...l, criteria: result.criteria }));
    notifications.show({ color: 'teal', title: 'Weight balanced', message: `${displayName} now weighs ${formatWeightPercent(result.weight)}.` });
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
      title: 'Criterion removed',
      message: `${displayName}${isParent ? ` and its ${kidsCount} sub-criteria were` : ' was'} removed. Ctrl+Z brings it back.`,
    });
    focusFieldSoon(neighbour ? fieldId(lotId, neighbour.id, 'name') : parentId !== undefined ? fieldId(lotId, parentId, 'name') : `f-${lotId}-lot-add`);
  };

  const saveToLibrary = () => {
    const criterion = currentCriterion(lotId, id);
    if (criterion) onSaveToLibrary(criterion);
  };

  return (
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
            <RemainingHint lotId={lotId} parentId={parentId} />
          </Menu.Item>
          {!isSub && previousTopLevelId && !isParent ? (
            <Menu.Item
              leftSection={<IconIndentIncrease size={16} aria-hidden />}
              onClick={() => treeEdit(nestCriterion(currentLot(lotId)?.criteria ?? [], id, previousTopLevelId), f('name'))}
            >
              Make it a sub-criterion of “<CriterionNameOr lotId={lotId} criterionId={previousTopLevelId} fallback="the criterion above" />”
            </Menu.Item>
          ) : null}
          {isSub ? (
            <Menu.Item leftSection={<IconIndentDecrease size={16} aria-hidden />} onClick={() => treeEdit(promoteCriterion(currentLot(lotId)?.criteria ?? [], id), f('name'))}>
              Make it a top-level criterion
            </Menu.Item>
          ) : null}
          <Menu.Item leftSection={<IconBooks size={16} aria-hidden />} onClick={saveToLibrary}>
            Save to my library…
          </Menu.Item>
          <Menu.Divider />
          <Menu.Item color="red" leftSection={<IconTrash size={16} aria-hidden />} onClick={remove}>
            Remove {isParent ? 'with its sub-criteria' : noun}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
    </Group>
  );
});

/** A criterion's name as it is now (rendered only inside an open menu). */
function CriterionNameOr({ lotId, criterionId, fallback }: { lotId: string; criterionId: string; fallback: string }) {
  return <>{useCriterionName(lotId, criterionId).trim() || fallback}</>;
}

const AddSubButton = memo(function AddSubButton({ where, onClick }: { where: string; onClick: () => void }) {
  return (
    <Button variant="subtle" size="compact-sm" leftSection={<IconPlus size={14} aria-hidden />} onClick={onClick}>
      Add sub-criterion<VisuallyHidden> to {where}</VisuallyHidden>
    </Button>
  );
});

interface DetailsBarProps {
  expanded: boolean;
  detailsId: string;
  where: string;
  summary: string;
  fromLibrary: boolean;
  detailFindings: readonly Finding[];
  showAddSub: boolean;
  onToggle: () => void;
  onAddSub: () => void;
}

const DetailsBar = memo(function DetailsBar({ expanded, detailsId, where, summary, fromLibrary, detailFindings, showAddSub, onToggle, onAddSub }: DetailsBarProps) {
  return (
    <Group gap="xs" justify="space-between" wrap="nowrap" className="tw-cr-details-bar">
      <Group gap="xs">
        <Button
          variant="subtle"
          size="compact-sm"
          color="gray"
          leftSection={expanded ? <IconChevronDown size={16} aria-hidden /> : <IconChevronRight size={16} aria-hidden />}
          aria-expanded={expanded}
          aria-controls={detailsId}
          onClick={onToggle}
        >
          {expanded ? 'Hide details' : 'Details'}
          <VisuallyHidden> of {where}</VisuallyHidden>
        </Button>
        <Text size="sm" c="gray.7">
          {summary}
        </Text>
        {fromLibrary ? (
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
      {showAddSub ? <AddSubButton where={where} onClick={onAddSub} /> : null}
    </Group>
  );
}, propsEqual<DetailsBarProps>({ detailFindings: sameFindings }));

interface CriterionDetailsProps {
  expanded: boolean;
  lotId: string;
  criterionId: string;
  category: CriterionCategory;
  description: string;
  evidence: string;
  scoring: Criterion['scoring'];
  isParent: boolean;
  findings: readonly Finding[];
  update: (key: string | null, patch: Partial<Omit<Criterion, 'id' | 'parentId'>>) => void;
  onBlur: () => void;
}

const CriterionDetails = memo(function CriterionDetails(props: CriterionDetailsProps) {
  const { expanded, lotId, criterionId: id, category, description, evidence, scoring, isParent, findings, update, onBlur } = props;
  const f = (field: string) => fieldId(lotId, id, field);
  const evidenceFindings = findings.filter((x) => x.field === 'evidence');
  return (
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
          value={description}
          onChange={(e) => update(`criterion:${id}:description`, { description: e.currentTarget.value })}
          onBlur={onBlur}
        />
        <Textarea
          id={f('evidence')}
          label="Evidence the bidder must supply"
          autosize
          minRows={2}
          maxRows={8}
          maxLength={LIMITS.longText}
          value={evidence}
          onChange={(e) => update(`criterion:${id}:evidence`, { evidence: e.currentTarget.value })}
          onBlur={onBlur}
          {...describedBy(evidenceFindings)}
        />
        <FindingMessages findings={evidenceFindings} />
        {isParent ? (
          <Text size="sm" c="gray.7">
            This criterion is scored through its sub-criteria; each of them has its own scoring method.
          </Text>
        ) : (
          <ScoringEditor lotId={lotId} criterion={{ id, category, scoring }} findings={findings} onChange={(next, key) => update(key, { scoring: next })} onBlur={onBlur} />
        )}
      </div>
    </Collapse>
  );
}, propsEqual<CriterionDetailsProps>({ findings: sameFindings }));

const SubCriteriaFooter = memo(function SubCriteriaFooter({ where, onAddSub, kidsTotal, parentWeight }: { where: string; onAddSub: () => void; kidsTotal: number; parentWeight: number }) {
  return (
    <Group gap="sm" justify="space-between">
      <AddSubButton where={where} onClick={onAddSub} />
      <Text size="xs" c={kidsTotal === parentWeight ? 'gray.7' : 'red.9'}>
        Sub-criteria total {formatWeightPercent(kidsTotal)} of {formatWeightPercent(parentWeight)}
      </Text>
    </Group>
  );
});
