import { useState } from 'react';
import { Radio, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { LIMITS } from '@shared/model/common';
import { MATURITY_LEVEL_NAMES, type MaturityLevel, type QaSupplier, type SelectedQuestion } from '@shared/model/questions';
import { addFollowUp, recordAnswer } from '@shared/rules/qaAnswers';
import { addDays } from '@shared/rules/qaFollowUps';
import { FormModal } from '../../components/FormModal';
import { useActions } from '../../store';
import { todayIso } from '../../lib/format';
import { tooLongMessage } from '../../lib/textGuard';

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

/** Records one answer as a new entry in the supplier's history for the question. */
export function AnswerModal({ supplier, selected, onClose }: DialogProps) {
  const { changeContent } = useActions();
  const [draft, setDraft] = useState<AnswerDraft>({ date: todayIso(), text: '', level: '', evidence: '', assessedBy: '' });
  const [refused, setRefused] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const q = selected.question;

  const submit = () => {
    if (draft.level === '') return setError('Choose the maturity level the answer reaches.');
    const input = {
      date: draft.date,
      text: draft.text,
      level: Number(draft.level) as MaturityLevel,
      evidence: draft.evidence.split('\n'),
      ...(draft.assessedBy.trim() ? { assessedBy: draft.assessedBy.trim() } : {}),
      recordedAt: new Date().toISOString(),
    };
    let failure: string | null = null;
    changeContent(null, (c) => {
      const r = recordAnswer(c.qa, supplier.id, selected.questionId, input);
      if (!r.ok) {
        failure = r.message;
        return c;
      }
      return { ...c, qa: r.value };
    });
    if (failure) return setError(failure);
    onClose();
  };

  return (
    <FormModal
      opened
      onClose={onClose}
      size="lg"
      title={`Answer from ${supplier.name}`}
      onSubmit={submit}
      submitLabel="Record answer"
      error={error}
      errorTitle="Not recorded"
      gap="sm"
    >
      <Text size="sm" fw={500}>
        {q.question}
      </Text>
      <TextInput
        data-autofocus
        type="date"
        required
        label="Date of the answer"
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
        label="Answer"
        description="What the supplier said or wrote, in short."
        value={draft.text}
        error={refused}
        onChange={(e) => {
          const text = e.currentTarget.value;
          const tooLong = tooLongMessage(text, LIMITS.longText, 'The answer');
          setRefused(tooLong);
          if (!tooLong) setDraft((d) => ({ ...d, text }));
        }}
      />
      <Radio.Group
        label="Maturity level reached"
        required
        value={draft.level}
        onChange={(level) => {
          setDraft((d) => ({ ...d, level }));
          setError(null);
        }}
      >
        <Stack gap={6} mt={6}>
          {q.maturity.map((m) => (
            <Radio key={m.level} value={String(m.level)} label={`${m.level} · ${MATURITY_LEVEL_NAMES[m.level]}: ${m.descriptor}`} />
          ))}
        </Stack>
      </Radio.Group>
      <Textarea
        autosize
        minRows={2}
        label="Evidence received"
        description={`One item per line. Asked for: ${q.evidence.join('; ')}.`}
        value={draft.evidence}
        onChange={(e) => {
          const evidence = e.currentTarget.value.slice(0, 20 * LIMITS.shortText);
          setDraft((d) => ({ ...d, evidence }));
        }}
      />
      <TextInput
        label="Assessed by (optional)"
        value={draft.assessedBy}
        onChange={(e) => {
          const assessedBy = e.currentTarget.value.slice(0, LIMITS.shortText);
          setDraft((d) => ({ ...d, assessedBy }));
        }}
      />
    </FormModal>
  );
}

/** Adds a follow-up action with a due date, suggested from the question's own follow-up. */
export function FollowUpModal({ supplier, selected, onClose }: DialogProps) {
  const { changeContent } = useActions();
  const [text, setText] = useState(selected.question.followUp);
  const [due, setDue] = useState(addDays(todayIso(), 30));
  const [error, setError] = useState<string | null>(null);

  const submit = () => {
    let failure: string | null = null;
    changeContent(null, (c) => {
      const r = addFollowUp(c.qa, supplier.id, selected.questionId, { text, due, createdAt: new Date().toISOString() });
      if (!r.ok) {
        failure = r.message;
        return c;
      }
      return { ...c, qa: r.value.qa };
    });
    if (failure) return setError(failure);
    onClose();
  };

  return (
    <FormModal
      opened
      onClose={onClose}
      size="lg"
      title={`Follow-up with ${supplier.name}`}
      onSubmit={submit}
      submitLabel="Add follow-up"
      error={error}
      errorTitle="Not added"
      gap="sm"
    >
      <Text size="sm" fw={500}>
        {selected.question.question}
      </Text>
      <Textarea
        data-autofocus
        autosize
        minRows={2}
        label="Action"
        description="Suggested from the question’s follow-up when the answer is weak."
        value={text}
        onChange={(e) => {
          setText(e.currentTarget.value.slice(0, 2000));
          setError(null);
        }}
      />
      <TextInput type="date" required label="Due date" value={due} onChange={(e) => setDue(e.currentTarget.value)} />
    </FormModal>
  );
}
