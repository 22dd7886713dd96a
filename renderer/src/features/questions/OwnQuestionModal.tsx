import { useState } from 'react';
import { Checkbox, Group, NativeSelect, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { describeIssues } from '@shared/clauses';
import { LIMITS, newId } from '@shared/model/common';
import {
  MATURITY_LEVEL_NAMES,
  MATURITY_LEVELS,
  QUESTION_STAGE_LABELS,
  QUESTION_STAGES,
  QUESTION_THEME_LABELS,
  QUESTION_THEMES,
  QuestionSchema,
  type Question,
  type QuestionStage,
  type QuestionTheme,
} from '@shared/model/questions';
import { addOwnQuestion } from '@shared/rules/qaLibrary';
import { call } from '../../api';
import { useActions, useLibrary, libraryRevision } from '../../store';
import { messageOf } from '../../lib/errors';
import { FormModal } from '../../components/FormModal';
import { tooLongMessage } from '../../lib/textGuard';
import { Term } from '../../components/Term';

interface Draft {
  theme: QuestionTheme;
  stage: QuestionStage | '';
  question: string;
  why: string;
  goodAnswer: string;
  evidence: string;
  followUp: string;
  levels: [string, string, string, string];
}

/** Writes a question for the team's own bank, with the same guidance every built-in question carries. */
export function OwnQuestionModal({
  builtins,
  own,
  defaultTheme,
  onClose,
  onSaved,
}: {
  builtins: readonly Question[];
  own: readonly Question[];
  defaultTheme?: QuestionTheme;
  onClose: () => void;
  onSaved: (question: Question, addToTender: boolean) => void;
}) {
  const { applyLibraryView } = useActions();
  // A new own question is written in the language the library is shown in (the open tender's).
  const { language } = useLibrary();
  const [draft, setDraft] = useState<Draft>({
    theme: defaultTheme ?? 'forced-labour',
    stage: '',
    question: '',
    why: '',
    goodAnswer: '',
    evidence: '',
    followUp: '',
    levels: ['', '', '', ''],
  });
  const [addToTender, setAddToTender] = useState(true);
  const [refused, setRefused] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const field = (name: string, label: string, value: string, apply: (v: string) => Partial<Draft>, limit: number = LIMITS.longText) => ({
    label,
    value,
    error: refused[name],
    onChange: (e: { currentTarget: { value: string } }) => {
      const v = e.currentTarget.value;
      const tooLong = tooLongMessage(v, limit, label);
      setRefused((r) => {
        const { [name]: _old, ...rest } = r;
        return tooLong ? { ...rest, [name]: tooLong } : rest;
      });
      if (!tooLong) {
        setDraft((d) => ({ ...d, ...apply(v) }));
        setError(null);
      }
    },
  });

  const save = async () => {
    const question = {
      id: newId('own-q'),
      theme: draft.theme,
      question: draft.question.trim(),
      why: draft.why.trim(),
      goodAnswer: draft.goodAnswer.trim(),
      evidence: draft.evidence
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean),
      followUp: draft.followUp.trim(),
      maturity: MATURITY_LEVELS.map((level) => ({ level, descriptor: draft.levels[level].trim() })),
      ...(draft.stage ? { stage: draft.stage } : {}),
      ...(language !== 'en' ? { language } : {}),
    };
    const parsed = QuestionSchema.safeParse(question);
    if (!parsed.success) {
      setError(`The question is not saved yet: ${describeIssues(parsed.error)}`);
      return;
    }
    const checked = addOwnQuestion(own, parsed.data, { builtins });
    if (!checked.ok) {
      setError(checked.message);
      return;
    }
    setBusy(true);
    try {
      applyLibraryView(await call('library.saveQuestion', { question: parsed.data, baseRevision: libraryRevision() }));
      notifications.show({ color: 'teal', title: 'Question added to your bank', message: parsed.data.question.slice(0, 140) });
      onSaved(parsed.data, addToTender);
      onClose();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormModal
      opened
      onClose={onClose}
      size="lg"
      title="Your own question"
      gap="sm"
      submitLabel="Save question"
      busy={busy}
      error={error}
      errorTitle="Not saved"
      onSubmit={() => void save()}
    >
      <Group grow align="flex-start">
        <NativeSelect
          data-autofocus
          label="Theme"
          value={draft.theme}
          onChange={(e) => setDraft((d) => ({ ...d, theme: e.currentTarget.value as QuestionTheme }))}
          data={QUESTION_THEMES.map((t) => ({ value: t, label: QUESTION_THEME_LABELS[t] }))}
        />
        <NativeSelect
          label="Best asked at"
          value={draft.stage}
          onChange={(e) => setDraft((d) => ({ ...d, stage: e.currentTarget.value as QuestionStage | '' }))}
          data={[{ value: '', label: 'Any stage' }, ...QUESTION_STAGES.map((s) => ({ value: s, label: QUESTION_STAGE_LABELS[s] }))]}
        />
      </Group>
      <Textarea required autosize minRows={2} {...field('question', 'Question', draft.question, (v) => ({ question: v }), 2000)} />
      <Textarea required autosize minRows={2} {...field('why', 'Why it is asked', draft.why, (v) => ({ why: v }))} />
      <Textarea
        required
        autosize
        minRows={2}
        {...field('goodAnswer', 'What a good answer looks like', draft.goodAnswer, (v) => ({ goodAnswer: v }))}
      />
      <Textarea
        required
        autosize
        minRows={2}
        description="One piece of evidence per line"
        {...field('evidence', 'Evidence to request', draft.evidence, (v) => ({ evidence: v }), 20 * LIMITS.shortText)}
      />
      <Textarea
        required
        autosize
        minRows={2}
        {...field('followUp', 'Follow-up when the answer is weak', draft.followUp, (v) => ({ followUp: v }))}
      />
      <Text fw={600} size="sm" mt="xs">
        <Term id="maturity-level">Maturity levels</Term>
      </Text>
      {MATURITY_LEVELS.map((level) => (
        <TextInput
          key={level}
          required
          {...field(
            `level-${level}`,
            `Level ${level} · ${MATURITY_LEVEL_NAMES[level]}`,
            draft.levels[level],
            (v) => {
              const levels = [...draft.levels] as Draft['levels'];
              levels[level] = v;
              return { levels };
            },
            1000,
          )}
        />
      ))}
      <Checkbox label="Also add it to this tender’s Q&A" checked={addToTender} onChange={(e) => setAddToTender(e.currentTarget.checked)} />
    </FormModal>
  );
}
