import { useState } from 'react';
import { Button, Group, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { CRITERION_CATEGORIES, WEIGHT_TOTAL, type CriteriaSettings } from '@shared/model/criteria';
import { floorStatus, type FloorStatus } from '@shared/rules/weightingChecks';
import { countBySeverity, sortBySeverity, type Finding } from '@shared/rules/findings';
import { categoryShares, totalWeight } from '@shared/rules/weights';
import { t } from '@shared/i18n';
import { Trans, useTranslation } from 'react-i18next';
import type { Lot } from '@shared/model/tender';
import { FieldMessage } from '../../components/FieldMessage';
import { lotFieldId, messageId } from './lotEdit';
import { categoryLabel, shareLabel } from './labels';
import { percentText } from './percent';

function Gauge({ lotId, status, finding }: { lotId: string; status: FloorStatus; finding?: Finding }) {
  const { t } = useTranslation('criteria');
  const label = shareLabel(status.category);
  // The bar runs from 0 to two and a half times the floor (or the share, if larger), so the floor sits
  // at a readable place instead of near the left edge of a 0-100% bar.
  const scale = Math.min(WEIGHT_TOTAL, Math.max(Math.round(status.floor * 2.5), status.share, 1));
  const fill = `${Math.min(100, (status.share / scale) * 100)}%`;
  const mark = `${Math.min(100, (status.floor / scale) * 100)}%`;
  const gap = status.floor - status.share;
  const below = t('summary.belowFloor', { gap: percentText(gap) });
  const id = lotFieldId(lotId, `${status.category}Share`);
  return (
    <div className="tw-cr-gauge" data-met={status.met}>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="sm" fw={600} id={`${id}-label`}>
          {label}
        </Text>
        <Text size="sm" className="tw-cr-gauge-value" data-testid={`gauge-${status.category}`}>
          {t('summary.shareAndFloor', { share: percentText(status.share), floor: percentText(status.floor) })}
        </Text>
      </Group>
      <div
        id={id}
        tabIndex={-1}
        role="meter"
        aria-labelledby={`${id}-label`}
        aria-valuemin={0}
        aria-valuemax={scale / 100}
        aria-valuenow={status.share / 100}
        aria-valuetext={
          status.met
            ? t('summary.gaugeMet', { share: percentText(status.share), floor: percentText(status.floor) })
            : t('summary.gaugeBelow', { share: percentText(status.share), floor: percentText(status.floor), gap: percentText(gap) })
        }
        aria-describedby={finding ? messageId(finding) : undefined}
        className="tw-cr-gauge-track"
      >
        <div className="tw-cr-gauge-fill" style={{ width: fill }} />
        <div className="tw-cr-gauge-floor" style={{ left: mark }} />
      </div>
      <Text size="xs" className="tw-cr-gauge-verdict">
        {status.met ? <IconCircleCheck size={14} aria-hidden /> : null}
        {status.met ? t('summary.meetsFloor') : below}
      </Text>
    </div>
  );
}

const FEW = 5;

function where(f: Finding, lot: Lot): string {
  if (f.criterionId) {
    const c = lot.criteria.find((x) => x.id === f.criterionId);
    return c?.name.trim() ? c.name.trim() : t('criteria:card.unnamed');
  }
  if (f.requirementId) {
    const r = lot.requirements.find((x) => x.id === f.requirementId);
    return t('criteria:summary.requirement', { name: r?.name.trim() || t('criteria:summary.unnamed') });
  }
  return t('criteria:summary.lot');
}

interface SummaryPanelProps {
  lot: Lot;
  findings: readonly Finding[];
  settings: CriteriaSettings;
  onGoTo: (finding: Finding) => void;
}

/** The live weight total, the floor gauges, the category split and every finding of the lot. */
export function SummaryPanel({ lot, findings, settings, onGoTo }: SummaryPanelProps) {
  const total = totalWeight(lot.criteria);
  const exact = total === WEIGHT_TOTAL;
  const shares = categoryShares(lot.criteria);
  const statuses = floorStatus(lot.criteria, settings);
  const totalFinding = findings.find((f) => f.code === 'weight-total');
  const sorted = sortBySeverity(findings);
  // Findings about what this panel shows (the total, the floors) live only here; the others also sit by their field.
  const ownHere = new Set(
    findings
      .filter((f) => !f.criterionId && !f.requirementId && (f.code === 'weight-total' || (f.field ?? '').endsWith('Share')))
      .map((f) => f.id),
  );
  const [showAll, setShowAll] = useState(false);
  // Those first, then the rest by severity; a long list folds so the criteria stay in reach.
  const ordered = [...sorted.filter((f) => ownHere.has(f.id)), ...sorted.filter((f) => !ownHere.has(f.id))];
  const shown = showAll ? ordered : ordered.filter((f, i) => i < FEW || ownHere.has(f.id));
  const counts = countBySeverity(findings);
  const headingId = `${lot.id}-summary-heading`;
  const findingsHeadingId = `${lot.id}-findings-heading`;
  const { t } = useTranslation('criteria');

  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby={headingId} className="tw-cr-summary">
      <Title order={2} size="h4" id={headingId} mb="sm">
        <Trans t={t} i18nKey="summary.heading" values={{ title: lot.title }} components={{ hidden: <VisuallyHidden /> }} />
      </Title>
      <div className="tw-cr-summary-grid">
        <div className="tw-cr-total" data-exact={exact}>
          <Text size="sm" fw={600} id={`${lot.id}-total-label`}>
            {t('summary.total')}
          </Text>
          <output
            id={lotFieldId(lot.id, 'weight')}
            tabIndex={-1}
            aria-labelledby={`${lot.id}-total-label`}
            aria-describedby={totalFinding ? messageId(totalFinding) : undefined}
            className="tw-cr-total-value"
            data-testid="weight-total"
          >
            {percentText(total)}
          </output>
          <Text size="xs" className="tw-cr-total-verdict">
            {exact ? (
              <>
                <IconCircleCheck size={14} aria-hidden /> {t('summary.exact')}
              </>
            ) : total < WEIGHT_TOTAL ? (
              t('summary.left', { weight: percentText(WEIGHT_TOTAL - total) })
            ) : (
              t('summary.over', { weight: percentText(total - WEIGHT_TOTAL) })
            )}
          </Text>
        </div>
        <Stack gap="sm">
          {statuses.map((status) => (
            <Gauge
              key={status.category}
              lotId={lot.id}
              status={status}
              finding={findings.find((f) => f.field === `${status.category}Share`)}
            />
          ))}
        </Stack>
        <div>
          <Text size="sm" fw={600} mb={4}>
            {t('summary.split')}
          </Text>
          {CRITERION_CATEGORIES.every((c) => shares[c] === 0) ? (
            <Text size="sm" c="dimmed">
              {t('summary.noWeights')}
            </Text>
          ) : (
            <dl className="tw-cr-split">
              {CRITERION_CATEGORIES.filter((c) => shares[c] > 0).map((c) => (
                <div key={c}>
                  <dt>{categoryLabel(c)}</dt>
                  <dd>{percentText(shares[c])}</dd>
                </div>
              ))}
            </dl>
          )}
        </div>
      </div>

      <div className="tw-cr-findings" role="region" aria-labelledby={findingsHeadingId}>
        <Group justify="space-between" mb={6}>
          <Title order={3} size="h5" id={findingsHeadingId}>
            {t('summary.findings')}
          </Title>
          <Text size="sm" c="dimmed" data-testid="finding-counts">
            {findings.length === 0
              ? t('summary.none')
              : [
                  counts.error && t('summary.countToFix', { count: counts.error }),
                  counts.warning && t('summary.countToCheck', { count: counts.warning }),
                  counts.info && t('summary.countNotes', { count: counts.info }),
                ]
                  .filter(Boolean)
                  .join(' · ')}
          </Text>
        </Group>
        {findings.length === 0 ? (
          <Text size="sm" className="tw-cr-all-clear">
            <IconCircleCheck size={16} aria-hidden /> {t('summary.allClear')}
          </Text>
        ) : (
          <ul className="tw-cr-finding-list">
            {shown.map((f) => (
              <li key={f.id}>
                <div className="tw-cr-finding-text">
                  <Text size="xs" c="dimmed" fw={600}>
                    {where(f, lot)}
                  </Text>
                  {/* The total and the gauges point at their findings here (aria-describedby), so these carry the ids. */}
                  <FieldMessage id={ownHere.has(f.id) ? messageId(f) : undefined} severity={f.severity} message={f.message} fix={f.fix} />
                </div>
                <Button variant="default" size="compact-xs" onClick={() => onGoTo(f)}>
                  <Trans t={t} i18nKey="summary.goTo" values={{ message: f.message }} components={{ hidden: <VisuallyHidden /> }} />
                </Button>
              </li>
            ))}
          </ul>
        )}
        {sorted.length > FEW ? (
          <Button variant="subtle" size="compact-sm" mt="xs" onClick={() => setShowAll((v) => !v)} aria-expanded={showAll}>
            {showAll ? t('summary.showFewer') : t('summary.showAll', { count: sorted.length })}
          </Button>
        ) : null}
      </div>
    </Paper>
  );
}
