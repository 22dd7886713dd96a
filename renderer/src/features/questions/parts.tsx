import { useState, type ReactNode } from 'react';
import { Badge, Button, Group, List, Paper, Stack, Text } from '@mantine/core';
import { IconArrowNarrowRight, IconTrendingDown, IconTrendingUp } from '@tabler/icons-react';
import {
  MATURITY_LEVEL_NAMES,
  QUESTION_STAGE_LABELS,
  QUESTION_THEME_LABELS,
  type MaturityLevel,
  type Question,
  type QuestionTheme,
} from '@shared/model/questions';
import { decimal } from '../../lib/format';
import type { Trend } from '@shared/rules/qaMaturity';

/** A selected question's number in the Q&A and its theme, above its text. */
export function QuestionTags({ index, theme }: { index: number; theme: QuestionTheme }) {
  return (
    <Group gap={6} mb={4} className="tw-tags">
      <Text span fw={700} size="sm" c="indigo">
        Q{index + 1}
      </Text>
      <Badge size="sm" variant="light" color="indigo">
        {QUESTION_THEME_LABELS[theme]}
      </Badge>
    </Group>
  );
}

/** A maturity level as a coloured pill: "2 Established". */
export function LevelPill({ level, withName = true }: { level: MaturityLevel; withName?: boolean }) {
  return (
    <span className="tw-level-wrap">
      <span className="tw-level" data-level={level}>
        {level}
      </span>
      {withName ? <span className="tw-level-name">{MATURITY_LEVEL_NAMES[level]}</span> : null}
    </span>
  );
}

const fmt = (n: number | null) => (n === null ? '—' : decimal(n));

const MOVES = {
  improved: { Icon: IconTrendingUp, word: 'Improved' },
  declined: { Icon: IconTrendingDown, word: 'Declined' },
  unchanged: { Icon: IconArrowNarrowRight, word: 'Unchanged' },
} as const;

/** Improvement over time, in words (not colour alone). */
export function TrendText({ trend, latest, previous }: { trend: Trend; latest?: number | null; previous?: number | null }) {
  if (trend === 'first' || trend === 'unanswered') {
    return (
      <Text span size="sm" c="dimmed" className="tw-trend" data-trend={trend === 'first' ? 'first' : 'unanswered'}>
        {trend === 'first' ? 'First answer' : 'No answer yet'}
      </Text>
    );
  }
  const { Icon, word } = MOVES[trend];
  const from =
    trend !== 'unchanged' && previous !== undefined && latest !== undefined && previous !== null && latest !== null
      ? ` (${fmt(previous)} → ${fmt(latest)})`
      : '';
  return (
    <Group gap={4} wrap="nowrap" className="tw-trend" data-trend={trend}>
      <Icon size={16} aria-hidden />
      <Text span size="sm">
        {`${word}${from}`}
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
  return (
    <Stack gap="xs" className="tw-question-details">
      <Detail label="Why it is asked">
        <Text size="sm">{question.why}</Text>
      </Detail>
      <Detail label="A good answer">
        <Text size="sm">{question.goodAnswer}</Text>
      </Detail>
      <Detail label="Evidence to request">
        <List size="sm" spacing={2}>
          {question.evidence.map((e, i) => (
            <List.Item key={i}>{e}</List.Item>
          ))}
        </List>
      </Detail>
      <Detail label="Follow-up when the answer is weak">
        <Text size="sm">{question.followUp}</Text>
      </Detail>
      <Detail label="Maturity levels">
        <ul className="tw-maturity-scale">
          {question.maturity.map((m) => (
            <li key={m.level}>
              <span className="tw-level" data-level={m.level}>
                {m.level}
              </span>
              <Text size="sm" span>
                <strong>{MATURITY_LEVEL_NAMES[m.level]}:</strong> {m.descriptor}
              </Text>
            </li>
          ))}
        </ul>
      </Detail>
      {question.stage ? (
        <Group gap={6}>
          <Text size="xs" c="dimmed">
            Best asked at:
          </Text>
          <Badge size="sm" variant="light" color="gray" tt="none">
            {QUESTION_STAGE_LABELS[question.stage]}
          </Badge>
        </Group>
      ) : null}
    </Stack>
  );
}

/** The button that shows or hides a question's guidance, and the guidance under it while shown. */
export function GuidanceToggle({ question, describedBy, closedLabel }: { question: Question; describedBy: string; closedLabel: string }) {
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
        {open ? 'Hide guidance' : closedLabel}
      </Button>
      {open ? (
        <Paper bg="var(--tw-inset)" p="sm" mt={6} radius="sm">
          <QuestionDetails question={question} />
        </Paper>
      ) : null}
    </>
  );
}
