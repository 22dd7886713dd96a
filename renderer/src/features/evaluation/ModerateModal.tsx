import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Group, Modal, NumberInput, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import type { ModerationTarget } from '@shared/api/methods/evaluation';
import type { Verdict } from '@shared/model/evaluation';
import type { ScoreCellResult, VerdictCellResult } from '@shared/rules/evaluationConsensus';
import { call } from '../../api';
import { messageOf } from '../../lib/errors';
import { useAppStore } from '../../store';
import { formatMean } from './format';

/** The cell being moderated, with the dialog's title. */
export type Editing = { kind: 'score'; cell: ScoreCellResult; title: string } | { kind: 'verdict'; cell: VerdictCellResult; title: string };

/**
 * The panel's agreed score or pass/fail result for one cell, with its rationale; or the withdrawal of
 * the moderation in force. The evaluators' own scores are kept either way.
 */
export function ModerateModal({
  tenderId,
  lotId,
  lead,
  editing,
  onClose,
}: {
  tenderId: string;
  lotId: string;
  lead: string;
  editing: Editing;
  onClose: () => void;
}) {
  const { t } = useTranslation('evaluation');
  const applyRecords = useAppStore((s) => s.applyEvaluationRecords);
  const current = editing.kind === 'score' ? editing.cell.moderation?.score : editing.cell.moderation?.result;
  const [score, setScore] = useState<string | number>(editing.kind === 'score' ? (editing.cell.moderation?.score ?? '') : '');
  const [verdict, setVerdict] = useState<Verdict>(editing.kind === 'verdict' ? (editing.cell.moderation?.result ?? 'pass') : 'pass');
  const [rationale, setRationale] = useState('');
  const [errors, setErrors] = useState<{ score?: string; rationale?: string; form?: string }>({});
  const [saving, setSaving] = useState(false);
  const max = editing.kind === 'score' ? editing.cell.scaleMax : 0;

  async function submit(withdraw: boolean) {
    const next: typeof errors = {};
    if (!rationale.trim()) next.rationale = withdraw ? t('moderate.whyWithdrawn') : t('moderate.rationaleRequired');
    if (!withdraw && editing.kind === 'score' && (typeof score !== 'number' || !Number.isInteger(score) || score < 0 || score > max)) {
      next.score = t('moderate.scoreRange', { max });
    }
    if (!lead) next.form = t('moderate.leadFirst');
    setErrors(next);
    if (Object.keys(next).length) return;
    const target: ModerationTarget =
      editing.kind === 'score'
        ? {
            kind: 'score',
            criterionId: editing.cell.criterionId,
            bidderId: editing.cell.bidderId,
            score: withdraw ? null : (score as number),
          }
        : {
            kind: 'verdict',
            requirementId: editing.cell.requirementId,
            bidderId: editing.cell.bidderId,
            result: withdraw ? null : verdict,
          };
    setSaving(true);
    try {
      const outcome = await call('evaluation.moderate', { tenderId, lotId, target, rationale: rationale.trim(), by: lead });
      applyRecords(tenderId, lotId, outcome.records);
      onClose();
    } catch (error) {
      setErrors({ form: messageOf(error) });
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal opened onClose={onClose} title={editing.title} size="lg">
      <Stack gap="sm">
        {editing.kind === 'score' ? (
          <>
            <Text size="sm">
              {t('moderate.scores', {
                scores: editing.cell.scores.map((s) => s.score).join(', ') || t('moderate.none'),
                mean: formatMean(editing.cell.mean),
                max: editing.cell.scaleMax,
              })}
            </Text>
            <NumberInput
              label={t('moderate.agreedScore')}
              description={t('moderate.agreedScoreHelp')}
              value={score}
              onChange={(value) => {
                setScore(value);
                setErrors(({ score: _fixed, ...rest }) => rest);
              }}
              min={0}
              max={max}
              allowDecimal={false}
              allowNegative={false}
              error={errors.score}
              data-autofocus
            />
          </>
        ) : (
          <>
            <Text size="sm">{t('moderate.verdicts', { passes: editing.cell.passes, fails: editing.cell.fails })}</Text>
            <div>
              <Text size="sm" fw={500} id="moderated-verdict-label" mb={4}>
                {t('moderate.agreedResult')}
              </Text>
              <SegmentedControl
                aria-labelledby="moderated-verdict-label"
                value={verdict}
                onChange={(v) => setVerdict(v as Verdict)}
                data={[
                  { value: 'pass', label: t('verdict.pass') },
                  { value: 'fail', label: t('verdict.fail') },
                ]}
              />
            </div>
          </>
        )}
        <Textarea
          label={t('moderate.rationale')}
          description={t('moderate.rationaleHelp')}
          required
          autosize
          minRows={3}
          maxLength={5000}
          value={rationale}
          onChange={(e) => {
            setRationale(e.currentTarget.value);
            setErrors(({ rationale: _fixed, ...rest }) => rest);
          }}
          error={errors.rationale}
        />
        {errors.form ? (
          <Alert color="red" role="alert">
            {errors.form}
          </Alert>
        ) : null}
        <Group justify="space-between">
          {current !== undefined && current !== null ? (
            <Button variant="subtle" color="red" onClick={() => void submit(true)} loading={saving}>
              {t('moderate.withdraw')}
            </Button>
          ) : (
            <span />
          )}
          <Group>
            <Button variant="default" onClick={onClose}>
              {t('moderate.cancel')}
            </Button>
            <Button onClick={() => void submit(false)} loading={saving}>
              {t('moderate.record')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
