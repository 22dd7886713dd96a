import { useState } from 'react';
import { Radio, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '@shared/model/common';
import { type MaturityLevel, type QaSupplier, type SelectedQuestion, type TenderQa } from '@shared/model/questions';
import type { Result } from '@shared/clauses/result';
import { addFollowUp, recordAnswer } from '@shared/rules/qaAnswers';
import { addDays } from '@shared/rules/qaFollowUps';
import { FormModal, type FormModalProps } from '../../components/FormModal';
import { useActions } from '../../store';
import { todayIso } from '../../lib/format';
import { tooLongMessage } from '../../lib/textGuard';
import { LEVEL_NAME } from './labels';

interface AnswerDraft {
  date: string;
  text: string;
  level: string;
  evidence: string;
  assessedBy: string;
}

interface DialogProps {
  supplier: QaSupplier;
  selected: SelectedQuestion;
  onClose: () => void;
}

/** Runs one Q&A rule on the tender as one undoable change; gives back the rule's refusal, if any, for the dialog to show. */
function useQaEdit() {
  const { changeContent } = useActions();
  return <T,>(edit: (qa: TenderQa) => Result<T>, qaOf: (value: T) => TenderQa): string | null => {
    let failure: string | null = null;
    changeContent(null, (c) => {
      const r = edit(c.qa);
      if (!r.ok) {
        failure = r.message;
        return c;
      }
      return { ...c, qa: qaOf(r.value) };
    });
    return failure;
  };
}

/** The dialog frame both Q&A forms share: the question on top, the rule's refusal above the buttons. */
function QaDialog({
  title,
  question,
  children,
  ...form
}: Pick<FormModalProps, 'title' | 'submitLabel' | 'errorTitle' | 'error' | 'onSubmit' | 'onClose' | 'children'> & { question: string }) {
  return (
    <FormModal opened size="lg" title={title} gap="sm" {...form}>
      <Text size="sm" fw={500}>
        {question}
      </Text>
      {children}
    </FormModal>
  );
}

/** Records one answer as a new entry in the supplier's history for the question. */
export function AnswerModal({ supplier, selected, onClose }: DialogProps) {
  const { t } = useTranslation('questions');
  const applyQaEdit = useQaEdit();
  const [draft, setDraft] = useState<AnswerDraft>({ date: todayIso(), text: '', level: '', evidence: '', assessedBy: '' });
  const [refused, setRefused] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const q = selected.question;

  const submit = () => {
    if (draft.level === '') return setError(t('answerModal.levelMissing'));
    const input = {
      date: draft.date,
      text: draft.text,
      level: Number(draft.level) as MaturityLevel,
      evidence: draft.evidence.split('\n'),
      ...(draft.assessedBy.trim() ? { assessedBy: draft.assessedBy.trim() } : {}),
      recordedAt: new Date().toISOString(),
    };
    const failure = applyQaEdit(
      (qa) => recordAnswer(qa, supplier.id, selected.questionId, input),
      (qa) => qa,
    );
    if (failure) setError(failure);
    else onClose();
  };

  return (
    <QaDialog
      title={t('answerModal.title', { name: supplier.name })}
      question={q.question}
      submitLabel={t('card.record')}
      errorTitle={t('answerModal.notRecorded')}
      error={error}
      onSubmit={submit}
      onClose={onClose}
    >
      <TextInput
        data-autofocus
        type="date"
        required
        label={t('answerModal.date')}
        value={draft.date}
        onChange={(e) => {
          const date = e.currentTarget.value;
          setDraft((d) => ({ ...d, date }));
        }}
      />
      <Textarea
        autosize
        minRows={3}
        maxRows={12}
        label={t('answerModal.answer')}
        description={t('answerModal.answerHint')}
        value={draft.text}
        error={refused}
        onChange={(e) => {
          const text = e.currentTarget.value;
          const tooLong = tooLongMessage(text, LIMITS.longText, t('answerModal.theAnswer'));
          setRefused(tooLong);
          if (!tooLong) setDraft((d) => ({ ...d, text }));
        }}
      />
      <Radio.Group
        label={t('answerModal.level')}
        required
        value={draft.level}
        onChange={(level) => {
          setDraft((d) => ({ ...d, level }));
          setError(null);
        }}
      >
        <Stack gap={6} mt={6}>
          {q.maturity.map((m) => (
            <Radio
              key={m.level}
              value={String(m.level)}
              label={t('answerModal.levelOption', { level: m.level, name: LEVEL_NAME[m.level](), descriptor: m.descriptor })}
            />
          ))}
        </Stack>
      </Radio.Group>
      <Textarea
        autosize
        minRows={2}
        label={t('answerModal.evidence')}
        description={t('answerModal.evidenceHint', { list: q.evidence.join('; ') })}
        value={draft.evidence}
        onChange={(e) => {
          const evidence = e.currentTarget.value.slice(0, 20 * LIMITS.shortText);
          setDraft((d) => ({ ...d, evidence }));
        }}
      />
      <TextInput
        label={t('answerModal.assessedBy')}
        value={draft.assessedBy}
        onChange={(e) => {
          const assessedBy = e.currentTarget.value.slice(0, LIMITS.shortText);
          setDraft((d) => ({ ...d, assessedBy }));
        }}
      />
    </QaDialog>
  );
}

/** Adds a follow-up action with a due date, suggested from the question's own follow-up. */
export function FollowUpModal({ supplier, selected, onClose }: DialogProps) {
  const { t } = useTranslation('questions');
  const applyQaEdit = useQaEdit();
  const [text, setText] = useState(selected.question.followUp);
  const [due, setDue] = useState(addDays(todayIso(), 30));
  const [error, setError] = useState<string | null>(null);

  const submit = () => {
    const failure = applyQaEdit(
      (qa) => addFollowUp(qa, supplier.id, selected.questionId, { text, due, createdAt: new Date().toISOString() }),
      (added) => added.qa,
    );
    if (failure) setError(failure);
    else onClose();
  };

  return (
    <QaDialog
      title={t('followUpModal.title', { name: supplier.name })}
      question={selected.question.question}
      submitLabel={t('card.addFollowUp')}
      errorTitle={t('bank.notAdded')}
      error={error}
      onSubmit={submit}
      onClose={onClose}
    >
      <Textarea
        data-autofocus
        autosize
        minRows={2}
        label={t('summary.action')}
        description={t('followUpModal.actionHint')}
        value={text}
        onChange={(e) => {
          setText(e.currentTarget.value.slice(0, 2000));
          setError(null);
        }}
      />
      <TextInput type="date" required label={t('followUpModal.due')} value={due} onChange={(e) => setDue(e.currentTarget.value)} />
    </QaDialog>
  );
}
