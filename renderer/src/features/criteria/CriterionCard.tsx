import { memo, useCallback, useMemo, type ReactNode } from 'react';
import { Stack, TextInput, VisuallyHidden } from '@mantine/core';
import { isPriceCategory, newCriterion, type CriteriaSettings, type Criterion, type CriterionCategory } from '@shared/model/criteria';
import { addCriterion, updateCriterion } from '@shared/rules/criteriaEdits';
import { isPriceFormula, type QualityScaleMax } from '@shared/model/scoring';
import type { Finding } from '@shared/rules/findings';
import { t } from '@shared/i18n';
import { Trans, useTranslation } from 'react-i18next';
import { useAppStore } from '../../store';
import { CriterionDetails, DetailsBar, SubCriteriaFooter, scoringSummary } from './CardDetails';
import { CategoryField, HandleButton, NameField, type DragHandle } from './CardFields';
import { FieldMessage } from '../../components/FieldMessage';
import { FindingMessages, describedBy } from './FindingMessage';
import {
  DETAIL_FIELDS,
  fieldId,
  focusFieldSoon,
  useCriterion,
  useCriterionFindings,
  useSubCriteriaTotal,
  useTenderLanguage,
  type LotChange,
} from './lotEdit';
import { RowActions } from './RowActions';
import { useCriterionWeight } from './useCriterionWeight';
import { percentText } from './percent';
import { standardScoringFor } from './standardScale';

export type { DragHandle } from './CardFields';

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

const ROW_LABELS: Record<string, () => string> = {
  name: () => t('criteria:card.field.name'),
  category: () => t('criteria:card.field.category'),
  weight: () => t('criteria:card.field.weight'),
  id: () => t('criteria:card.field.name'),
  parentId: () => t('criteria:card.field.name'),
};

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
  const {
    lotId,
    criterion,
    kidIds,
    position,
    index,
    siblings,
    previousTopLevelId,
    expanded,
    settings,
    onToggleExpanded,
    change,
    scaleMax,
    handleRef,
    handleProps,
    dragging,
    onMove,
    onSaveToLibrary,
    children,
  } = props;
  const { t } = useTranslation('criteria');
  const endEditBurst = useAppStore((s) => s.endEditBurst);
  const findings = useCriterionFindings(lotId, criterion.id, settings);
  const kidsTotal = useSubCriteriaTotal(lotId, criterion.id);
  const language = useTenderLanguage();
  const id = criterion.id;
  const isSub = criterion.parentId !== undefined;
  const isParent = kidIds.length > 0;
  const where = isSub ? t('card.whereSub', { position }) : t('card.where', { position });
  const displayName = criterion.name.trim() || (isSub ? t('card.unnamedSub') : t('card.unnamed'));
  const f = (field: string) => fieldId(lotId, id, field);

  const weight = useCriterionWeight(lotId, id, isSub, criterion.weight, change);

  const update = useCallback(
    (key: string | null, patch: Partial<Omit<Criterion, 'id' | 'parentId'>>) =>
      change(key, (l) => ({ ...l, criteria: updateCriterion(l.criteria, id, patch) })),
    [change, id],
  );
  const rename = useCallback((name: string) => update(`criterion:${id}:name`, { name }), [update, id]);
  const setCategory = useCallback(
    (category: CriterionCategory) =>
      change(null, (l) => {
        const current = l.criteria.find((c) => c.id === id);
        if (!current) return l;
        const keepScoring = isPriceCategory(category) === isPriceFormula(current.scoring);
        return {
          ...l,
          criteria: updateCriterion(l.criteria, id, {
            category,
            ...(keepScoring ? {} : { scoring: standardScoringFor(category, scaleMax, language) }),
          }),
        };
      }),
    [change, id, scaleMax, language],
  );
  const category = criterion.category;
  const addSub = useCallback(() => {
    const sub = { ...newCriterion(category, { parentId: id, scaleMax }), scoring: standardScoringFor(category, scaleMax, language) };
    change(null, (l) => ({ ...l, criteria: addCriterion(l.criteria, sub) }));
    onToggleExpanded(sub.id, true);
    focusFieldSoon(fieldId(lotId, sub.id, 'name'));
  }, [category, id, scaleMax, change, onToggleExpanded, lotId, language]);
  const toggleDetails = useCallback(() => onToggleExpanded(id), [onToggleExpanded, id]);

  const { rowFindings, detailFindings } = useMemo(
    () => ({
      rowFindings: findings.filter((x) => !DETAIL_FIELDS.has(x.field ?? '')),
      detailFindings: findings.filter((x) => DETAIL_FIELDS.has(x.field ?? '')),
    }),
    [findings],
  );
  const forField = (field: string) =>
    rowFindings.filter((x) => x.field === field || (field === 'name' && (x.field === 'id' || x.field === 'parentId')));
  const weightProblemId = `${f('weight')}-problem`;

  return (
    <div
      className="tw-cr-card"
      data-sub={isSub || undefined}
      data-dragging={dragging || undefined}
      role="group"
      aria-label={isSub ? t('card.groupSub', { position, name: displayName }) : t('card.group', { position, name: displayName })}
      style={isParent ? { containIntrinsicSize: `auto ${CARD_HEIGHT + SUB_CARD_HEIGHT * kidIds.length}px` } : undefined}
    >
      <div className="tw-cr-row">
        <HandleButton handleRef={handleRef} handleProps={handleProps} label={t('card.reorder', { where, name: displayName })} />
        <span className="tw-cr-position" aria-hidden>
          {position}
        </span>
        <NameField
          id={f('name')}
          where={where}
          isSub={isSub}
          value={criterion.name}
          findings={forField('name')}
          onChange={rename}
          onBlur={endEditBurst}
        />
        <CategoryField id={f('category')} where={where} value={criterion.category} findings={forField('category')} onChange={setCategory} />
        <TextInput
          id={f('weight')}
          label={<Trans t={t} i18nKey="card.weightLabel" values={{ where }} components={{ hidden: <VisuallyHidden /> }} />}
          inputMode="decimal"
          rightSection={PERCENT_SIGN}
          className="tw-cr-weight"
          value={weight.draft.text}
          onFocus={weight.onFocus}
          onChange={(e) => weight.draft.onChange(e.currentTarget.value)}
          onBlur={() => {
            weight.onBlur();
            endEditBurst();
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && weight.draft.problem) weight.draft.reset();
          }}
          {...describedBy(forField('weight'), weight.draft.problem ? [weightProblemId] : [])}
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

      {weight.draft.problem || rowFindings.length ? (
        <Stack gap={4} className="tw-cr-row-messages">
          {weight.draft.problem ? (
            <FieldMessage
              id={weightProblemId}
              severity="error"
              label={t('card.field.weight')}
              message={weight.draft.problem.message}
              fix={t('card.weightStays', { fix: weight.draft.problem.fix, weight: percentText(criterion.weight) })}
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
const rowLabel = (x: Finding) => ROW_LABELS[x.field ?? '']?.();
