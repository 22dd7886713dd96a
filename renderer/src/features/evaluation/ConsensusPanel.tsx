import { Fragment, useState } from 'react';
import { Alert, Badge, Button, Group, List, Modal, NumberInput, SegmentedControl, Stack, Switch, Table, Text, Textarea, Title } from '@mantine/core';
import type { ModerationTarget } from '@shared/api/methods/evaluation';
import type { LotEvaluation, Verdict } from '@shared/model/evaluation';
import type { Lot } from '@shared/model/tender';
import type { LotResults } from '@shared/rules/evaluation';
import { SPREAD_FLAG_RATIO, type ScoreCellResult, type VerdictCellResult } from '@shared/rules/evaluationConsensus';
import { call } from '../../api';
import { messageOf } from '../../lib/errors';
import { fullDate, humanDate } from '../../lib/format';
import { useAppStore } from '../../store';
import { formatMean } from './format';
import { personName } from './useLotEvaluation';

type Editing =
  | { kind: 'score'; cell: ScoreCellResult; title: string }
  | { kind: 'verdict'; cell: VerdictCellResult; title: string };

const VERDICT_LABEL: Record<Verdict, string> = { pass: 'Pass', fail: 'Fail' };

function ModerateModal({
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
    if (!rationale.trim()) next.rationale = withdraw ? 'Say why the moderation is withdrawn.' : 'A rationale is required: say why the panel agreed this.';
    if (!withdraw && editing.kind === 'score' && (typeof score !== 'number' || !Number.isInteger(score) || score < 0 || score > max)) {
      next.score = `Enter a whole number from 0 to ${max}.`;
    }
    if (!lead) next.form = 'Enter the evaluation lead’s name first: it is recorded with the moderation.';
    setErrors(next);
    if (Object.keys(next).length) return;
    const target: ModerationTarget =
      editing.kind === 'score'
        ? { kind: 'score', criterionId: editing.cell.criterionId, bidderId: editing.cell.bidderId, score: withdraw ? null : (score as number) }
        : { kind: 'verdict', requirementId: editing.cell.requirementId, bidderId: editing.cell.bidderId, result: withdraw ? null : verdict };
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
              Evaluators’ scores: {editing.cell.scores.map((s) => s.score).join(', ') || 'none'} · mean {formatMean(editing.cell.mean)} · scale 0 to{' '}
              {editing.cell.scaleMax}
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

function History({ items }: { items: { id: string; by: string; at: string; rationale: string; value: string }[] }) {
  if (items.length === 0) return null;
  return (
    <List size="xs" spacing={2} mt={4}>
      {items.map((m) => (
        <List.Item key={m.id}>
          <span title={fullDate(m.at)}>{humanDate(m.at)}</span>, {m.by}: {m.value}. {m.rationale}
        </List.Item>
      ))}
    </List>
  );
}

export function ConsensusPanel({ tenderId, lot, evaluation, results }: { tenderId: string; lot: Lot; evaluation: LotEvaluation; results: LotResults }) {
  const [onlyFlagged, setOnlyFlagged] = useState(false);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [open, setOpen] = useState<Set<string>>(new Set());
  const panel = results.panel.filter((p) => p.import !== null);
  const bidderName = (id: string) => {
    const index = evaluation.bidders.findIndex((b) => b.id === id);
    return personName(evaluation.bidders[index] ?? { name: '' }, `Bidder ${index + 1}`);
  };
  const toggle = (key: string) =>
    setOpen((s) => {
      const next = new Set(s);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  if (panel.length === 0) {
    return <Text c="gray.7">No evaluator’s workbook has been imported for this lot yet. Import the filled workbooks first.</Text>;
  }
  const leaves = results.criteria.filter((c) => c.role === 'quality');

  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Text size="sm" c="gray.7" maw={720}>
          The consensus starts from the mean of the evaluators’ scores. A spread of {SPREAD_FLAG_RATIO * 100}% of the scale or more is flagged for
          discussion; a moderated score replaces the mean and is recorded with its rationale, and the original scores are kept.
        </Text>
        <Switch label="Show only flagged scores" checked={onlyFlagged} onChange={(e) => setOnlyFlagged(e.currentTarget.checked)} />
      </Group>

      {leaves.map((leaf) => {
        const cells = results.cells.filter((c) => c.criterionId === leaf.criterionId && (!onlyFlagged || c.flagged));
        if (cells.length === 0) return null;
        const headingId = `consensus-${leaf.criterionId}`;
        return (
          <section key={leaf.criterionId} aria-labelledby={headingId}>
            <Title order={3} size="h5" id={headingId} mb={4}>
              {leaf.ref} {leaf.name || 'Unnamed criterion'}{' '}
              <Text span size="sm" c="gray.7" fw={400}>
                ({leaf.points.toFixed(2)} points, scale 0 to {leaf.scaleMax})
              </Text>
            </Title>
            <Table verticalSpacing={4} striped aria-labelledby={headingId}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Bidder</Table.Th>
                  {panel.map((p) => (
                    <Table.Th scope="col" key={p.evaluator.id} title={p.evaluator.name}>
                      {p.evaluator.initials || personName(p.evaluator, '?')}
                    </Table.Th>
                  ))}
                  <Table.Th scope="col">Mean</Table.Th>
                  <Table.Th scope="col">Spread</Table.Th>
                  <Table.Th scope="col">Consensus</Table.Th>
                  <Table.Th scope="col">Points</Table.Th>
                  <Table.Th scope="col">Actions</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
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
                                Wide spread
                              </Badge>
                            ) : null}
                          </Group>
                        </Table.Td>
                        <Table.Td>
                          <Group gap={4} wrap="nowrap">
                            {cell.consensus === null ? '–' : cell.moderation ? String(cell.consensus) : formatMean(cell.consensus)}
                            {cell.moderation ? (
                              <Badge color="blue" variant="light" tt="none" size="sm">
                                Moderated
                              </Badge>
                            ) : null}
                          </Group>
                        </Table.Td>
                        <Table.Td>{cell.points === null ? '–' : cell.points.toFixed(2)}</Table.Td>
                        <Table.Td>
                          <Group gap={4} wrap="nowrap">
                            <Button
                              size="compact-xs"
                              variant="light"
                              color={cell.flagged && !cell.moderation ? 'orange' : undefined}
                              aria-label={`Moderate ${name} on ${leaf.ref} ${leaf.name}`}
                              onClick={() => setEditing({ kind: 'score', cell, title: `Moderate ${name} on ${leaf.ref} ${leaf.name}` })}
                            >
                              Moderate
                            </Button>
                            <Button
                              size="compact-xs"
                              variant="subtle"
                              aria-expanded={expanded}
                              aria-controls={`reasons-${key}`}
                              aria-label={`${expanded ? 'Hide' : 'Show'} the reasons for ${name} on ${leaf.ref}`}
                              onClick={() => toggle(key)}
                            >
                              Reasons
                            </Button>
                          </Group>
                        </Table.Td>
                      </Table.Tr>
                      {expanded ? (
                        <Table.Tr id={`reasons-${key}`}>
                          <Table.Td colSpan={panel.length + 6}>
                            <List size="sm" spacing={2}>
                              {cell.scores.map((s) => {
                                const who = results.panel.find((p) => p.evaluator.id === s.evaluatorId)?.evaluator;
                                return (
                                  <List.Item key={s.evaluatorId}>
                                    <strong>{who ? personName(who, '?') : '?'}</strong> ({s.score}): {s.reason}
                                  </List.Item>
                                );
                              })}
                            </List>
                            <History
                              items={cell.history.map((m) => ({ id: m.id, by: m.by, at: m.at, rationale: m.rationale, value: m.score === null ? 'moderation withdrawn' : `moderated to ${m.score}` }))}
                            />
                          </Table.Td>
                        </Table.Tr>
                      ) : null}
                    </Fragment>
                  );
                })}
              </Table.Tbody>
            </Table>
          </section>
        );
      })}

      {lot.requirements.length > 0 ? (
        <Title order={3} size="h4">
          Pass/fail requirements
        </Title>
      ) : null}
      {lot.requirements.map((req, ri) => {
        const cells = results.verdicts.filter((v) => v.requirementId === req.id && (!onlyFlagged || v.fails > 0));
        if (cells.length === 0) return null;
        const headingId = `passfail-${req.id}`;
        return (
          <section key={req.id} aria-labelledby={headingId}>
            <Title order={4} size="h5" id={headingId} mb={4}>
              R{ri + 1} {req.name || 'Unnamed requirement'}
            </Title>
            <Table verticalSpacing={4} striped aria-labelledby={headingId}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Bidder</Table.Th>
                  {panel.map((p) => (
                    <Table.Th scope="col" key={p.evaluator.id} title={p.evaluator.name}>
                      {p.evaluator.initials || personName(p.evaluator, '?')}
                    </Table.Th>
                  ))}
                  <Table.Th scope="col">Consensus</Table.Th>
                  <Table.Th scope="col">Actions</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
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
                            {v ? VERDICT_LABEL[v.result] : '–'}
                          </Table.Td>
                        );
                      })}
                      <Table.Td>
                        <Group gap={4} wrap="nowrap">
                          {cell.consensus ? (
                            <Badge color={cell.consensus === 'fail' ? 'red' : 'teal'} variant="light" tt="none">
                              {VERDICT_LABEL[cell.consensus]}
                            </Badge>
                          ) : (
                            '–'
                          )}
                          {cell.moderation ? (
                            <Badge color="blue" variant="light" tt="none" size="sm">
                              Moderated
                            </Badge>
                          ) : null}
                        </Group>
                        {cell.verdicts.some((v) => v.result === 'fail') ? (
                          <Text size="xs" c="gray.7">
                            {cell.verdicts
                              .filter((v) => v.result === 'fail')
                              .map((v) => `${personName(results.panel.find((p) => p.evaluator.id === v.evaluatorId)?.evaluator ?? { name: '' }, '?')}: ${v.reason}`)
                              .join(' · ')}
                          </Text>
                        ) : null}
                      </Table.Td>
                      <Table.Td>
                        <Button
                          size="compact-xs"
                          variant="light"
                          aria-label={`Moderate ${name} on R${ri + 1} ${req.name}`}
                          onClick={() => setEditing({ kind: 'verdict', cell, title: `Moderate ${name} on R${ri + 1} ${req.name}` })}
                        >
                          Moderate
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </section>
        );
      })}

      {editing ? <ModerateModal tenderId={tenderId} lotId={lot.id} lead={evaluation.lead.trim()} editing={editing} onClose={() => setEditing(null)} /> : null}
    </Stack>
  );
}
