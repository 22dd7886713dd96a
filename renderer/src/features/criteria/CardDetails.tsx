import { memo } from 'react';
import { Badge, Button, Collapse, Group, Text, Textarea, VisuallyHidden } from '@mantine/core';
import { IconChevronDown, IconChevronRight, IconPlus } from '@tabler/icons-react';
import { LIMITS } from '@shared/model/common';
import type { Criterion, CriterionCategory } from '@shared/model/criteria';
import { isPriceFormula } from '@shared/model/scoring';
import type { Finding } from '@shared/rules/findings';
import { t } from '@shared/i18n';
import { Trans, useTranslation } from 'react-i18next';
import { FindingMessages, describedBy } from './FindingMessage';
import { fieldId } from './lotEdit';
import { propsEqual, sameFindings } from './memo';
import { ScoringEditor } from './ScoringEditor';
import { formulaLabel } from './labels';
import { percentText } from './percent';

// Below a card's row: the details bar, the details themselves and a parent's sub-criteria footer.

export function scoringSummary(criterion: Pick<Criterion, 'scoring'>, isParent: boolean): string {
  if (isParent) return t('criteria:details.scoredThroughSubs');
  const s = criterion.scoring;
  if (isPriceFormula(s)) return formulaLabel(s.type);
  return t('criteria:details.scaleSummary', { max: s.max });
}

const AddSubButton = memo(function AddSubButton({ where, onClick }: { where: string; onClick: () => void }) {
  const { t } = useTranslation('criteria');
  return (
    <Button variant="subtle" size="compact-sm" leftSection={<IconPlus size={14} aria-hidden />} onClick={onClick}>
      <Trans t={t} i18nKey="details.addSub" values={{ where }} components={{ hidden: <VisuallyHidden /> }} />
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

export const DetailsBar = memo(
  function DetailsBar({
    expanded,
    detailsId,
    where,
    summary,
    fromLibrary,
    detailFindings,
    showAddSub,
    onToggle,
    onAddSub,
  }: DetailsBarProps) {
    const { t } = useTranslation('criteria');
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
            {expanded ? (
              <Trans t={t} i18nKey="details.hide" values={{ where }} components={{ hidden: <VisuallyHidden /> }} />
            ) : (
              <Trans t={t} i18nKey="details.show" values={{ where }} components={{ hidden: <VisuallyHidden /> }} />
            )}
          </Button>
          <Text size="sm" c="dimmed">
            {summary}
          </Text>
          {fromLibrary ? (
            <Badge variant="light" color="gray" size="sm" tt="none">
              {t('details.fromLibrary')}
            </Badge>
          ) : null}
          {!expanded && detailFindings.length ? (
            <Badge variant="light" color={detailFindings.some((x) => x.severity === 'error') ? 'red' : 'yellow'} size="sm" tt="none">
              {t('details.toCheck', { count: detailFindings.length })}
            </Badge>
          ) : null}
        </Group>
        {showAddSub ? <AddSubButton where={where} onClick={onAddSub} /> : null}
      </Group>
    );
  },
  propsEqual<DetailsBarProps>({ detailFindings: sameFindings }),
);

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

/** The criterion's two free-text boxes; only the evidence box is checked, so only it shows findings. */
const DETAIL_TEXTS = [
  {
    field: 'description',
    label: () => t('criteria:details.description'),
    hint: () => t('criteria:details.descriptionHint'),
  },
  { field: 'evidence', label: () => t('criteria:details.evidence'), hint: () => undefined },
] as const;

export const CriterionDetails = memo(
  function CriterionDetails(props: CriterionDetailsProps) {
    const { expanded, lotId, criterionId: id, category, description, evidence, scoring, isParent, findings, update, onBlur } = props;
    const f = (field: string) => fieldId(lotId, id, field);
    const evidenceFindings = findings.filter((x) => x.field === 'evidence');
    const { t } = useTranslation('criteria');
    return (
      <Collapse expanded={expanded} id={f('details')} keepMounted={false}>
        <div className="tw-cr-details">
          {DETAIL_TEXTS.map(({ field, label, hint }) => (
            <Textarea
              key={field}
              id={f(field)}
              label={label()}
              description={hint()}
              autosize
              minRows={2}
              maxRows={8}
              maxLength={LIMITS.longText}
              value={field === 'description' ? description : evidence}
              onChange={(e) => update(`criterion:${id}:${field}`, { [field]: e.currentTarget.value })}
              onBlur={onBlur}
              {...(field === 'evidence' ? describedBy(evidenceFindings) : {})}
            />
          ))}
          <FindingMessages findings={evidenceFindings} />
          {isParent ? (
            <Text size="sm" c="dimmed">
              {t('details.parentScoring')}
            </Text>
          ) : (
            <ScoringEditor
              lotId={lotId}
              criterion={{ id, category, scoring }}
              findings={findings}
              onChange={(next, key) => update(key, { scoring: next })}
              onBlur={onBlur}
            />
          )}
        </div>
      </Collapse>
    );
  },
  propsEqual<CriterionDetailsProps>({ findings: sameFindings }),
);

export const SubCriteriaFooter = memo(function SubCriteriaFooter({
  where,
  onAddSub,
  kidsTotal,
  parentWeight,
}: {
  where: string;
  onAddSub: () => void;
  kidsTotal: number;
  parentWeight: number;
}) {
  const { t } = useTranslation('criteria');
  return (
    <Group gap="sm" justify="space-between">
      <AddSubButton where={where} onClick={onAddSub} />
      <Text size="xs" c={kidsTotal === parentWeight ? 'gray.7' : 'red.9'}>
        {t('details.subTotal', { total: percentText(kidsTotal), weight: percentText(parentWeight) })}
      </Text>
    </Group>
  );
});
