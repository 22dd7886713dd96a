import { Badge, Button, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCalendarDue } from '@tabler/icons-react';
import { FOLLOW_UP_STATUSES, type FollowUpStatus, type QaSupplier, type SelectedQuestion } from '@shared/model/questions';
import type { TenderContent } from '@shared/model/tender';
import { answerHistory, findThread, setFollowUpStatus } from '@shared/rules/qaAnswers';
import { daysBetween } from '@shared/rules/qaFollowUps';
import { questionMaturity } from '@shared/rules/qaMaturity';
import { useActions } from '../../store';
import { longDate, todayIso } from '../../lib/format';
import { AnswerOrigin, ConfirmLevel } from './ImportedAnswer';
import { LevelPill, QuestionTags, TrendText } from './parts';

const STATUS_LABELS: Record<FollowUpStatus, string> = { open: 'Open', done: 'Done', cancelled: 'Cancelled' };
const STATUS_OPTIONS = FOLLOW_UP_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }));

/** One question for one supplier: where it stands, its answer history, its follow-ups. */
export function AnswerCard({
  content,
  supplier,
  selected,
  index,
  onRecord,
  onFollowUp,
}: {
  content: TenderContent;
  supplier: QaSupplier;
  selected: SelectedQuestion;
  index: number;
  onRecord: () => void;
  onFollowUp: () => void;
}) {
  const { changeContent } = useActions();
  const q = selected.question;
  const history = answerHistory(content.qa, supplier.id, selected.questionId);
  const thread = findThread(content.qa, supplier.id, selected.questionId);
  const m = questionMaturity(selected.questionId, q.theme, history);
  const today = todayIso();
  const headingId = `ans-${supplier.id}-${selected.questionId}`;

  return (
    <Paper withBorder radius="md" p="md" component="article" aria-labelledby={headingId} data-testid="answer-card">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <div className="tw-row-main">
          <QuestionTags index={index} theme={q.theme} />
          <Title order={3} size="h6" fw={500} id={headingId}>
            {q.question}
          </Title>
        </div>
        <Stack gap={4} align="flex-end" className="tw-flex-none">
          {m.latest !== null ? <LevelPill level={m.latest} /> : null}
          <TrendText trend={m.trend} latest={m.latest} previous={m.previous} />
        </Stack>
      </Group>

      {history.length ? (
        <ol className="tw-history" aria-label={`Answers from ${supplier.name} to Q${index + 1}, oldest first`}>
          {history.map((entry) => (
            <li key={entry.id}>
              <Group gap="xs">
                <Text size="sm" fw={600}>
                  {longDate(entry.date)}
                </Text>
                <LevelPill level={entry.level} />
                {entry.awaitsConfirmation ? (
                  <Badge size="xs" color="yellow" variant="light">
                    Proposed, awaits confirmation
                  </Badge>
                ) : null}
                {entry.assessedBy ? (
                  <Text size="xs" c="gray.7">
                    assessed by {entry.assessedBy}
                  </Text>
                ) : null}
              </Group>
              <AnswerOrigin qa={content.qa} entry={entry} />
              {entry.text ? (
                <Text size="sm" className="tw-prewrap">
                  {entry.text}
                </Text>
              ) : null}
              {entry.evidence.length ? (
                <Text size="xs" c="gray.7">
                  Evidence received: {entry.evidence.join('; ')}
                </Text>
              ) : (
                <Text size="xs" c="gray.7">
                  No evidence received.
                </Text>
              )}
              {entry.awaitsConfirmation ? <ConfirmLevel supplierId={supplier.id} questionId={selected.questionId} entry={entry} /> : null}
            </li>
          ))}
        </ol>
      ) : null}

      {thread?.followUps.length ? (
        <Stack gap={6} mt="sm">
          <Text size="xs" fw={700} c="gray.7" tt="uppercase">
            Follow-ups
          </Text>
          {thread.followUps.map((f) => {
            const late = f.status === 'open' ? daysBetween(f.due, today) : 0;
            return (
              <Group key={f.id} gap="xs" wrap="nowrap" align="flex-start" justify="space-between">
                <div className="tw-row-main">
                  <Text size="sm">{f.text}</Text>
                  <Group gap={6}>
                    <Text size="xs" c="gray.7">
                      Due {longDate(f.due)}
                      {f.fromEntryId ? ' · opened by the app for a weak answer' : ''}
                    </Text>
                    {late > 0 ? (
                      <Badge size="xs" color="red" variant="light">
                        Overdue
                      </Badge>
                    ) : null}
                  </Group>
                </div>
                <NativeSelect
                  size="xs"
                  aria-label={`Status of follow-up due ${longDate(f.due)}`}
                  value={f.status}
                  onChange={(e) => {
                    const status = e.currentTarget.value as FollowUpStatus;
                    changeContent(null, (c) => {
                      const r = setFollowUpStatus(c.qa, f.id, status, new Date().toISOString());
                      return r.ok ? { ...c, qa: r.value } : c;
                    });
                  }}
                  data={STATUS_OPTIONS}
                />
              </Group>
            );
          })}
        </Stack>
      ) : null}

      <Group gap="xs" mt="sm">
        <Button size="xs" onClick={onRecord} aria-describedby={headingId}>
          {history.length ? 'Record a new answer' : 'Record answer'}
        </Button>
        <Button
          size="xs"
          variant="default"
          leftSection={<IconCalendarDue size={14} aria-hidden />}
          onClick={onFollowUp}
          aria-describedby={headingId}
        >
          Add follow-up
        </Button>
      </Group>
    </Paper>
  );
}
