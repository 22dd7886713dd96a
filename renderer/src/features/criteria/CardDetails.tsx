import { memo } from 'react';
import { Badge, Button, Collapse, Group, Text, Textarea, VisuallyHidden } from '@mantine/core';
import { IconChevronDown, IconChevronRight, IconPlus } from '@tabler/icons-react';
import { LIMITS } from '@shared/model/common';
import type { Criterion, CriterionCategory } from '@shared/model/criteria';
import { PRICE_FORMULA_LABELS, isPriceFormula } from '@shared/model/scoring';
import type { Finding } from '@shared/rules/findings';
import { formatWeightPercent } from '@shared/rules/weights';
import { FindingMessages, describedBy } from './FindingMessage';
import { fieldId } from './lotEdit';
import { propsEqual, sameFindings } from './memo';
import { ScoringEditor } from './ScoringEditor';

// Below a card's row: the details bar, the details themselves and a parent's sub-criteria footer.

export function scoringSummary(criterion: Pick<Criterion, 'scoring'>, isParent: boolean): string {
  if (isParent) return 'Scored through its sub-criteria';
  const s = criterion.scoring;
  if (isPriceFormula(s)) return PRICE_FORMULA_LABELS[s.type];
  return `Scale 0 to ${s.max}`;
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
          <Text size="sm" c="dimmed">
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
  { field: 'description', label: 'Description', hint: 'What the criterion assesses, in the words bidders will read.' },
  { field: 'evidence', label: 'Evidence the bidder must supply', hint: undefined },
] as const;

export const CriterionDetails = memo(
  function CriterionDetails(props: CriterionDetailsProps) {
    const { expanded, lotId, criterionId: id, category, description, evidence, scoring, isParent, findings, update, onBlur } = props;
    const f = (field: string) => fieldId(lotId, id, field);
    const evidenceFindings = findings.filter((x) => x.field === 'evidence');
    return (
      <Collapse expanded={expanded} id={f('details')} keepMounted={false}>
        <div className="tw-cr-details">
          {DETAIL_TEXTS.map(({ field, label, hint }) => (
            <Textarea
              key={field}
              id={f(field)}
              label={label}
              description={hint}
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
              This criterion is scored through its sub-criteria; each of them has its own scoring method.
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
  return (
    <Group gap="sm" justify="space-between">
      <AddSubButton where={where} onClick={onAddSub} />
      <Text size="xs" c={kidsTotal === parentWeight ? 'gray.7' : 'red.9'}>
        Sub-criteria total {formatWeightPercent(kidsTotal)} of {formatWeightPercent(parentWeight)}
      </Text>
    </Group>
  );
});
