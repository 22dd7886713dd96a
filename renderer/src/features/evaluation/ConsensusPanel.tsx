import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Group, Stack, Switch, Text, Title } from '@mantine/core';
import { SPREAD_FLAG_RATIO } from '@shared/rules/evaluationConsensus';
import { ModerateModal, type Editing } from './ModerateModal';
import { ScoreConsensus } from './ScoreConsensus';
import { personName, type LotPanelProps } from './useLotEvaluation';
import { VerdictConsensus } from './VerdictConsensus';
import { Term } from '../../components/Term';
import { decimal } from '../../lib/format';

/**
 * The panel's consensus: per quality criterion and per pass/fail requirement, each bidder's marks by
 * evaluator, what they agree to, and the moderation that settles a wide spread.
 */
export function ConsensusPanel({ tenderId, lot, evaluation, results }: LotPanelProps) {
  const { t } = useTranslation('evaluation');
  const [onlyFlagged, setOnlyFlagged] = useState(false);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [open, setOpen] = useState<Set<string>>(new Set());
  const panel = results.panel.filter((p) => p.import !== null);
  const bidderName = (id: string) => {
    const index = evaluation.bidders.findIndex((b) => b.id === id);
    return personName(evaluation.bidders[index] ?? { name: '' }, t('setup.bidderNumber', { number: index + 1 }));
  };
  const toggle = (key: string) =>
    setOpen((s) => {
      const next = new Set(s);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  if (panel.length === 0) {
    return <Text c="dimmed">{t('consensus.empty')}</Text>;
  }
  const leaves = results.criteria.filter((c) => c.role === 'quality');

  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Text size="sm" c="dimmed" maw={720}>
          <Trans
            t={t}
            ns="evaluation"
            i18nKey="consensus.intro"
            values={{ percent: decimal(SPREAD_FLAG_RATIO * 100, 0) }}
            components={{
              consensus: <Term id="consensus">{t('consensus.consensusTerm')}</Term>,
              spread: <Term id="score-spread">{t('consensus.spreadTerm')}</Term>,
              moderated: <Term id="moderated-score">{t('consensus.moderatedTerm')}</Term>,
            }}
          />
        </Text>
        <Switch label={t('consensus.onlyFlagged')} checked={onlyFlagged} onChange={(e) => setOnlyFlagged(e.currentTarget.checked)} />
      </Group>

      {leaves.map((leaf) => {
        const cells = results.cells.filter((c) => c.criterionId === leaf.criterionId && (!onlyFlagged || c.flagged));
        if (cells.length === 0) return null;
        return (
          <ScoreConsensus
            key={leaf.criterionId}
            leaf={leaf}
            cells={cells}
            panel={panel}
            allPanel={results.panel}
            bidderName={bidderName}
            open={open}
            onToggle={toggle}
            onModerate={setEditing}
          />
        );
      })}

      {lot.requirements.length > 0 ? (
        <Title order={3} size="h4">
          {t('consensus.requirements')}
        </Title>
      ) : null}
      {lot.requirements.map((req, ri) => {
        const cells = results.verdicts.filter((v) => v.requirementId === req.id && (!onlyFlagged || v.fails > 0));
        if (cells.length === 0) return null;
        return (
          <VerdictConsensus
            key={req.id}
            requirement={req}
            position={ri + 1}
            cells={cells}
            panel={panel}
            allPanel={results.panel}
            bidderName={bidderName}
            onModerate={setEditing}
          />
        );
      })}

      {editing ? (
        <ModerateModal
          tenderId={tenderId}
          lotId={lot.id}
          lead={evaluation.lead.trim()}
          editing={editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </Stack>
  );
}
