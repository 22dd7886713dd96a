import { useState } from 'react';
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
    if (!rationale.trim())
      next.rationale = withdraw ? 'Say why the moderation is withdrawn.' : 'A rationale is required: say why the panel agreed this.';
    if (!withdraw && editing.kind === 'score' && (typeof score !== 'number' || !Number.isInteger(score) || score < 0 || score > max)) {
      next.score = `Enter a whole number from 0 to ${max}.`;
    }
    if (!lead) next.form = 'Enter the evaluation lead’s name first: it is recorded with the moderation.';
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
              Evaluators’ scores: {editing.cell.scores.map((s) => s.score).join(', ') || 'none'} · mean {formatMean(editing.cell.mean)} ·
              scale 0 to {editing.cell.scaleMax}
            </Text>
            <NumberInput
              label="Agreed score"
              description="The consensus the panel reached. The evaluators’ own scores are kept."
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
            <Text size="sm">
              Evaluators: {editing.cell.passes} pass, {editing.cell.fails} fail.
            </Text>
            <div>
              <Text size="sm" fw={500} id="moderated-verdict-label" mb={4}>
                Agreed result
              </Text>
              <SegmentedControl
                aria-labelledby="moderated-verdict-label"
                value={verdict}
                onChange={(v) => setVerdict(v as Verdict)}
                data={[
                  { value: 'pass', label: 'Pass' },
                  { value: 'fail', label: 'Fail' },
                ]}
              />
            </div>
          </>
        )}
        <Textarea
          label="Rationale"
          description="Why the panel agreed this: it goes into the audit trail and the lead workbook."
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
              Withdraw the moderation
            </Button>
          ) : (
            <span />
          )}
          <Group>
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button onClick={() => void submit(false)} loading={saving}>
              Record moderation
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
