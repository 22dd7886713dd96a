import { useState } from 'react';
import { Checkbox, Group, NativeSelect, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { describeIssues } from '@shared/clauses';
import { LIMITS, newId } from '@shared/model/common';
import {
  MATURITY_LEVELS,
  QUESTION_STAGES,
  QUESTION_THEMES,
  QuestionSchema,
  type Question,
  type QuestionStage,
  type QuestionTheme,
} from '@shared/model/questions';
import { addOwnQuestion } from '@shared/rules/qaLibrary';
import { call } from '../../api';
import { useActions, libraryRevision } from '../../store';
import { messageOf } from '../../lib/errors';
import { FormModal } from '../../components/FormModal';
import { tooLongMessage } from '../../lib/textGuard';
import { Term } from '../../components/Term';
import type { Language } from '@shared/model/language';
import { LEVEL_NAME, STAGE_LABEL, THEME_LABEL } from './labels';

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
  language,
  onClose,
  onSaved,
}: {
  builtins: readonly Question[];
  own: readonly Question[];
  defaultTheme?: QuestionTheme;
  /** The open tender's language: the one the team writes the question in. */
  language: Language;
  onClose: () => void;
  onSaved: (question: Question, addToTender: boolean) => void;
}) {
  const { t } = useTranslation('questions');
  const { applyLibraryView } = useActions();
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
      ...(language === 'en' ? {} : { language }),
    };
    const parsed = QuestionSchema.safeParse(question);
    if (!parsed.success) {
      setError(t('own.invalid', { issues: describeIssues(parsed.error) }));
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
      notifications.show({ color: 'teal', title: t('own.saved'), message: parsed.data.question.slice(0, 140) });
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
      title={t('own.title')}
      gap="sm"
      submitLabel={t('own.save')}
      busy={busy}
      error={error}
      errorTitle={t('roundModal.notSaved')}
      onSubmit={() => void save()}
    >
      <Group grow align="flex-start">
        <NativeSelect
          data-autofocus
          label={t('bank.theme')}
          value={draft.theme}
          onChange={(e) => setDraft((d) => ({ ...d, theme: e.currentTarget.value as QuestionTheme }))}
          data={QUESTION_THEMES.map((v) => ({ value: v, label: THEME_LABEL[v]() }))}
        />
        <NativeSelect
          label={t('own.stage')}
          value={draft.stage}
          onChange={(e) => setDraft((d) => ({ ...d, stage: e.currentTarget.value as QuestionStage | '' }))}
          data={[{ value: '', label: t('own.anyStage') }, ...QUESTION_STAGES.map((s) => ({ value: s, label: STAGE_LABEL[s]() }))]}
        />
      </Group>
      <Textarea required autosize minRows={2} {...field('question', t('own.question'), draft.question, (v) => ({ question: v }), 2000)} />
      <Textarea required autosize minRows={2} {...field('why', t('guidance.why'), draft.why, (v) => ({ why: v }))} />
      <Textarea required autosize minRows={2} {...field('goodAnswer', t('own.goodAnswer'), draft.goodAnswer, (v) => ({ goodAnswer: v }))} />
      <Textarea
        required
        autosize
        minRows={2}
        description={t('own.evidenceHint')}
        {...field('evidence', t('guidance.evidence'), draft.evidence, (v) => ({ evidence: v }), 20 * LIMITS.shortText)}
      />
      <Textarea required autosize minRows={2} {...field('followUp', t('guidance.followUp'), draft.followUp, (v) => ({ followUp: v }))} />
      <Text fw={600} size="sm" mt="xs">
        <Term id="maturity-level">{t('guidance.levels')}</Term>
      </Text>
      {MATURITY_LEVELS.map((level) => (
        <TextInput
          key={level}
          required
          {...field(
            `level-${level}`,
            t('own.levelLabel', { level, name: LEVEL_NAME[level]() }),
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
      <Checkbox label={t('own.alsoAdd')} checked={addToTender} onChange={(e) => setAddToTender(e.currentTarget.checked)} />
    </FormModal>
  );
}
