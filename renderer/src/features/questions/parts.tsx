import { useState, type ReactNode } from 'react';
import { Badge, Button, Group, List, Paper, Stack, Text } from '@mantine/core';
import { IconArrowNarrowRight, IconTrendingDown, IconTrendingUp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { MaturityLevel, Question, QuestionTheme } from '@shared/model/questions';
import { decimal } from '../../lib/format';
import type { Trend } from '@shared/rules/qaMaturity';
import { LEVEL_NAME, STAGE_LABEL, THEME_LABEL } from './labels';

/** A selected question's number in the Q&A and its theme, above its text. */
export function QuestionTags({ index, theme }: { index: number; theme: QuestionTheme }) {
  const { t } = useTranslation('questions');
  return (
    <Group gap={6} mb={4} className="tw-tags">
      <Text span fw={700} size="sm" c="indigo">
        {t('selected.number', { number: index + 1 })}
      </Text>
      <Badge size="sm" variant="light" color="indigo">
        {THEME_LABEL[theme]()}
      </Badge>
    </Group>
  );
}

/** A maturity level as a coloured pill: "2 Established". */
export function LevelPill({ level, withName = true }: { level: MaturityLevel; withName?: boolean }) {
  useTranslation('questions');
  return (
    <span className="tw-level-wrap">
      <span className="tw-level" data-level={level}>
        {level}
      </span>
      {withName ? <span className="tw-level-name">{LEVEL_NAME[level]()}</span> : null}
    </span>
  );
}

const fmt = (n: number | null) => (n === null ? '—' : decimal(n));

const MOVES = { improved: IconTrendingUp, declined: IconTrendingDown, unchanged: IconArrowNarrowRight } as const;

/** Improvement over time, in words (not colour alone). */
export function TrendText({ trend, latest, previous }: { trend: Trend; latest?: number | null; previous?: number | null }) {
  const { t } = useTranslation('questions');
  if (trend === 'first' || trend === 'unanswered') {
    return (
      <Text span size="sm" c="dimmed" className="tw-trend" data-trend={trend === 'first' ? 'first' : 'unanswered'}>
        {trend === 'first' ? t('trend.first') : t('trend.unanswered')}
      </Text>
    );
  }
  const Icon = MOVES[trend];
  const moved = trend !== 'unchanged' && previous !== undefined && latest !== undefined && previous !== null && latest !== null;
  const words = {
    improved: () => (moved ? t('trend.improvedFrom', { from: fmt(previous), to: fmt(latest) }) : t('trend.improved')),
    declined: () => (moved ? t('trend.declinedFrom', { from: fmt(previous), to: fmt(latest) }) : t('trend.declined')),
    unchanged: () => t('trend.unchanged'),
  };
  return (
    <Group gap={4} wrap="nowrap" className="tw-trend" data-trend={trend}>
      <Icon size={16} aria-hidden />
      <Text span size="sm">
        {words[trend]()}
      </Text>
    </Group>
  );
}

/** One part of a question's guidance under its small heading. */
function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" fw={700} c="dimmed" tt="uppercase">
        {label}
      </Text>
      {children}
    </div>
  );
}

/** Why a question is asked, what a good answer looks like, what to ask for, what to do when weak, the scale. */
function QuestionDetails({ question }: { question: Question }) {
  const { t } = useTranslation('questions');
  return (
    <Stack gap="xs" className="tw-question-details">
      <Detail label={t('guidance.why')}>
        <Text size="sm">{question.why}</Text>
      </Detail>
      <Detail label={t('guidance.goodAnswer')}>
        <Text size="sm">{question.goodAnswer}</Text>
      </Detail>
      <Detail label={t('guidance.evidence')}>
        <List size="sm" spacing={2}>
          {question.evidence.map((e, i) => (
            <List.Item key={i}>{e}</List.Item>
          ))}
        </List>
      </Detail>
      <Detail label={t('guidance.followUp')}>
        <Text size="sm">{question.followUp}</Text>
      </Detail>
      <Detail label={t('guidance.levels')}>
        <ul className="tw-maturity-scale">
          {question.maturity.map((m) => (
            <li key={m.level}>
              <span className="tw-level" data-level={m.level}>
                {m.level}
              </span>
              <Text size="sm" span>
                <strong>{t('guidance.levelName', { name: LEVEL_NAME[m.level]() })}</strong> {m.descriptor}
              </Text>
            </li>
          ))}
        </ul>
      </Detail>
      {question.stage ? (
        <Group gap={6}>
          <Text size="xs" c="dimmed">
            {t('guidance.bestAskedAt')}
          </Text>
          <Badge size="sm" variant="light" color="gray" tt="none">
            {STAGE_LABEL[question.stage]()}
          </Badge>
        </Group>
      ) : null}
    </Stack>
  );
}

/** The button that shows or hides a question's guidance, and the guidance under it while shown. */
export function GuidanceToggle({ question, describedBy, closedLabel }: { question: Question; describedBy: string; closedLabel: string }) {
  const { t } = useTranslation('questions');
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        size="compact-xs"
        variant="subtle"
        mt={4}
        aria-expanded={open}
        aria-describedby={describedBy}
        onClick={() => setOpen((o) => !o)}
      >
        {open ? t('guidance.hide') : closedLabel}
      </Button>
      {open ? (
        <Paper bg="var(--tw-inset)" p="sm" mt={6} radius="sm">
          <QuestionDetails question={question} />
        </Paper>
      ) : null}
    </>
  );
}
