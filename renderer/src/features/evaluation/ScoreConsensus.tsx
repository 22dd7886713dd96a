import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { Badge, Button, Group, List, Table, Text, Title } from '@mantine/core';
import type { PanelMember, ResultCriterion } from '@shared/rules/evaluation';
import type { ScoreCellResult } from '@shared/rules/evaluationConsensus';
import { ConsensusTable, ModeratedBadge, ModerationHistory, evaluatorName } from './ConsensusParts';
import { formatMean } from './format';
import { decimal } from '../../lib/format';
import type { Editing } from './ModerateModal';

const scoreColumns = (t: TFunction) => [
  t('evaluation:consensus.mean'),
  t('evaluation:consensus.spread'),
  t('evaluation:consensus.consensus'),
  t('evaluation:consensus.points'),
  t('evaluation:consensus.actions'),
];

interface ScoreConsensusProps {
  leaf: ResultCriterion;
  cells: readonly ScoreCellResult[];
  /** The evaluators whose workbook was imported (one column each). */
  panel: readonly PanelMember[];
  /** The whole panel, for the names behind the reasons. */
  allPanel: readonly PanelMember[];
  bidderName: (id: string) => string;
  /** Rows whose reasons are shown, by "criterion/bidder". */
  open: ReadonlySet<string>;
  onToggle: (key: string) => void;
  onModerate: (editing: Editing) => void;
}

/** One quality criterion: each bidder's scores by evaluator, their mean and spread, the consensus and its points. */
export function ScoreConsensus({ leaf, cells, panel, allPanel, bidderName, open, onToggle, onModerate }: ScoreConsensusProps) {
  const { t } = useTranslation('evaluation');
  const headingId = `consensus-${leaf.criterionId}`;
  return (
    <section aria-labelledby={headingId}>
      <Title order={3} size="h5" id={headingId} mb={4}>
        {leaf.ref} {leaf.name || t('consensus.unnamedCriterion')}{' '}
        <Text span size="sm" c="dimmed" fw={400}>
          {t('consensus.criterionScale', { points: decimal(leaf.points), max: leaf.scaleMax })}
        </Text>
      </Title>
      <ConsensusTable headingId={headingId} panel={panel} columns={scoreColumns(t)}>
        {cells.map((cell) => {
          const key = `${cell.criterionId}/${cell.bidderId}`;
          const name = bidderName(cell.bidderId);
          const expanded = open.has(key);
          return (
            <Fragment key={key}>
              <Table.Tr data-testid={`consensus-row-${key}`}>
                <Table.Th scope="row" fw={500}>
                  {name}
                </Table.Th>
                {panel.map((p) => {
                  const s = cell.scores.find((x) => x.evaluatorId === p.evaluator.id);
                  return <Table.Td key={p.evaluator.id}>{s ? s.score : '–'}</Table.Td>;
                })}
                <Table.Td>{formatMean(cell.mean)}</Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    {cell.spread ?? '–'}
                    {cell.flagged ? (
                      <Badge color={cell.moderation ? 'gray' : 'orange'} variant="light" tt="none" size="sm">
                        {t('consensus.wideSpread')}
                      </Badge>
                    ) : null}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    {cell.consensus === null ? '–' : cell.moderation ? String(cell.consensus) : formatMean(cell.consensus)}
                    {cell.moderation ? <ModeratedBadge /> : null}
                  </Group>
                </Table.Td>
                <Table.Td>{cell.points === null ? '–' : decimal(cell.points)}</Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Button
                      size="compact-xs"
                      variant="light"
                      color={cell.flagged && !cell.moderation ? 'orange' : undefined}
                      aria-label={t('consensus.moderateOn', { name, criterion: `${leaf.ref} ${leaf.name}` })}
                      onClick={() =>
                        onModerate({
                          kind: 'score',
                          cell,
                          title: t('consensus.moderateOn', { name, criterion: `${leaf.ref} ${leaf.name}` }),
                        })
                      }
                    >
                      {t('consensus.moderate')}
                    </Button>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      aria-expanded={expanded}
                      aria-controls={`reasons-${key}`}
                      aria-label={
                        expanded
                          ? t('consensus.hideReasons', { name, criterion: leaf.ref })
                          : t('consensus.showReasons', { name, criterion: leaf.ref })
                      }
                      onClick={() => onToggle(key)}
                    >
                      {t('consensus.reasons')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
              {expanded ? (
                <Table.Tr id={`reasons-${key}`}>
                  <Table.Td colSpan={panel.length + 6}>
                    <List size="sm" spacing={2}>
                      {cell.scores.map((s) => (
                        <List.Item key={s.evaluatorId}>
                          <strong>{evaluatorName(allPanel, s.evaluatorId)}</strong>{' '}
                          {t('consensus.reason', { score: s.score, reason: s.reason })}
                        </List.Item>
                      ))}
                    </List>
                    <ModerationHistory
                      items={cell.history.map((m) => ({
                        id: m.id,
                        by: m.by,
                        at: m.at,
                        rationale: m.rationale,
                        value: m.score === null ? t('consensus.withdrawn') : t('consensus.moderatedTo', { score: m.score }),
                      }))}
                    />
                  </Table.Td>
                </Table.Tr>
              ) : null}
            </Fragment>
          );
        })}
      </ConsensusTable>
    </section>
  );
}
