import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { Badge, Button, Group, Table, Text, Title } from '@mantine/core';
import type { Verdict } from '@shared/model/evaluation';
import type { Requirement } from '@shared/model/criteria';
import type { PanelMember } from '@shared/rules/evaluation';
import type { VerdictCellResult } from '@shared/rules/evaluationConsensus';
import { ConsensusTable, ModeratedBadge, evaluatorName } from './ConsensusParts';
import type { Editing } from './ModerateModal';

const verdictColumns = (t: TFunction) => [t('evaluation:consensus.consensus'), t('evaluation:consensus.actions')];
const VERDICT_LABEL: Record<Verdict, (t: TFunction) => string> = {
  pass: (t) => t('evaluation:verdict.pass'),
  fail: (t) => t('evaluation:verdict.fail'),
};

interface VerdictConsensusProps {
  requirement: Requirement;
  /** 1 for R1. */
  position: number;
  cells: readonly VerdictCellResult[];
  /** The evaluators whose workbook was imported (one column each). */
  panel: readonly PanelMember[];
  /** The whole panel, for the names behind the reasons. */
  allPanel: readonly PanelMember[];
  bidderName: (id: string) => string;
  onModerate: (editing: Editing) => void;
}

/** One pass/fail requirement: each bidder's verdicts by evaluator and the consensus, with the reasons for a fail. */
export function VerdictConsensus({ requirement: req, position, cells, panel, allPanel, bidderName, onModerate }: VerdictConsensusProps) {
  const { t } = useTranslation('evaluation');
  const headingId = `passfail-${req.id}`;
  return (
    <section aria-labelledby={headingId}>
      <Title order={4} size="h5" id={headingId} mb={4}>
        R{position} {req.name || t('consensus.unnamedRequirement')}
      </Title>
      <ConsensusTable headingId={headingId} panel={panel} columns={verdictColumns(t)}>
        {cells.map((cell) => {
          const name = bidderName(cell.bidderId);
          return (
            <Table.Tr key={cell.bidderId}>
              <Table.Th scope="row" fw={500}>
                {name}
              </Table.Th>
              {panel.map((p) => {
                const v = cell.verdicts.find((x) => x.evaluatorId === p.evaluator.id);
                return (
                  <Table.Td key={p.evaluator.id} title={v?.reason || undefined}>
                    {v ? VERDICT_LABEL[v.result](t) : '–'}
                  </Table.Td>
                );
              })}
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  {cell.consensus ? (
                    <Badge color={cell.consensus === 'fail' ? 'red' : 'teal'} variant="light" tt="none">
                      {VERDICT_LABEL[cell.consensus](t)}
                    </Badge>
                  ) : (
                    '–'
                  )}
                  {cell.moderation ? <ModeratedBadge /> : null}
                </Group>
                {cell.verdicts.some((v) => v.result === 'fail') ? (
                  <Text size="xs" c="dimmed">
                    {cell.verdicts
                      .filter((v) => v.result === 'fail')
                      .map((v) => `${evaluatorName(allPanel, v.evaluatorId)}: ${v.reason}`)
                      .join(' · ')}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>
                <Button
                  size="compact-xs"
                  variant="light"
                  aria-label={t('consensus.moderateOn', { name, criterion: `R${position} ${req.name}` })}
                  onClick={() =>
                    onModerate({ kind: 'verdict', cell, title: t('consensus.moderateOn', { name, criterion: `R${position} ${req.name}` }) })
                  }
                >
                  {t('consensus.moderate')}
                </Button>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </ConsensusTable>
    </section>
  );
}
