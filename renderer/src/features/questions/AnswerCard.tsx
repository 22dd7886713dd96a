import { Badge, Button, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCalendarDue } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { FOLLOW_UP_STATUSES, type FollowUpStatus, type QaSupplier, type SelectedQuestion } from '@shared/model/questions';
import type { TenderContent } from '@shared/model/tender';
import { answerHistory, findThread, setFollowUpStatus } from '@shared/rules/qaAnswers';
import { daysBetween } from '@shared/rules/qaFollowUps';
import { questionMaturity } from '@shared/rules/qaMaturity';
import { useActions } from '../../store';
import { longDate, todayIso } from '../../lib/format';
import { AnswerOrigin, ConfirmLevel } from './ImportedAnswer';
import { LevelPill, QuestionTags, TrendText } from './parts';
import { FOLLOW_UP_STATUS_LABEL } from './labels';

const statusOptions = () => FOLLOW_UP_STATUSES.map((s) => ({ value: s, label: FOLLOW_UP_STATUS_LABEL[s]() }));

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
  const { t } = useTranslation('questions');
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
        <ol className="tw-history" aria-label={t('card.historyLabel', { name: supplier.name, number: index + 1 })}>
          {history.map((entry) => (
            <li key={entry.id}>
              <Group gap="xs">
                <Text size="sm" fw={600}>
                  {longDate(entry.date)}
                </Text>
                <LevelPill level={entry.level} />
                {entry.awaitsConfirmation ? (
                  <Badge size="xs" color="yellow" variant="light">
                    {t('card.awaits')}
                  </Badge>
                ) : null}
                {entry.assessedBy ? (
                  <Text size="xs" c="dimmed">
                    {t('card.assessedBy', { name: entry.assessedBy })}
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
                <Text size="xs" c="dimmed">
                  {t('card.evidence', { list: entry.evidence.join('; ') })}
                </Text>
              ) : (
                <Text size="xs" c="dimmed">
                  {t('card.noEvidence')}
                </Text>
              )}
              {entry.awaitsConfirmation ? <ConfirmLevel supplierId={supplier.id} questionId={selected.questionId} entry={entry} /> : null}
            </li>
          ))}
        </ol>
      ) : null}

      {thread?.followUps.length ? (
        <Stack gap={6} mt="sm">
          <Text size="xs" fw={700} c="dimmed" tt="uppercase">
            {t('card.followUps')}
          </Text>
          {thread.followUps.map((f) => {
            const late = f.status === 'open' ? daysBetween(f.due, today) : 0;
            return (
              <Group key={f.id} gap="xs" wrap="nowrap" align="flex-start" justify="space-between">
                <div className="tw-row-main">
                  <Text size="sm">{f.text}</Text>
                  <Group gap={6}>
                    <Text size="xs" c="dimmed">
                      {f.fromEntryId ? t('card.dueAuto', { date: longDate(f.due) }) : t('card.due', { date: longDate(f.due) })}
                    </Text>
                    {late > 0 ? (
                      <Badge size="xs" color="red" variant="light">
                        {t('card.overdue')}
                      </Badge>
                    ) : null}
                  </Group>
                </div>
                <NativeSelect
                  size="xs"
                  aria-label={t('card.statusLabel', { date: longDate(f.due) })}
                  value={f.status}
                  onChange={(e) => {
                    const status = e.currentTarget.value as FollowUpStatus;
                    changeContent(null, (c) => {
                      const r = setFollowUpStatus(c.qa, f.id, status, new Date().toISOString());
                      return r.ok ? { ...c, qa: r.value } : c;
                    });
                  }}
                  data={statusOptions()}
                />
              </Group>
            );
          })}
        </Stack>
      ) : null}

      <Group gap="xs" mt="sm">
        <Button size="xs" onClick={onRecord} aria-describedby={headingId}>
          {history.length ? t('card.recordNew') : t('card.record')}
        </Button>
        <Button
          size="xs"
          variant="default"
          leftSection={<IconCalendarDue size={14} aria-hidden />}
          onClick={onFollowUp}
          aria-describedby={headingId}
        >
          {t('card.addFollowUp')}
        </Button>
      </Group>
    </Paper>
  );
}
