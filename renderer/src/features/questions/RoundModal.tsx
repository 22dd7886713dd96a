import { useState } from 'react';
import { Checkbox, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { ROUND_KINDS, ROUND_KIND_LABELS, type EngagementRound, type RoundKind } from '@shared/model/questions';
import type { TenderContent } from '@shared/model/tender';
import { addRound, updateRound, type RoundInput } from '@shared/rules/engagementRounds';
import { orderedQuestions } from '@shared/rules/qaAnswers';
import { FormModal } from '../../components/FormModal';
import { useActions } from '../../store';
import { todayIso } from '../../lib/format';

const KIND_OPTIONS = ROUND_KINDS.map((k) => ({ value: k, label: ROUND_KIND_LABELS[k] }));

/** Creates or edits an engagement round: its name, kind, dates, questions and suppliers (all by default). */
export function RoundModal({ content, round, onClose }: { content: TenderContent; round?: EngagementRound; onClose: () => void }) {
  const { changeContent } = useActions();
  const questions = orderedQuestions(content.qa);
  const suppliers = content.qa.suppliers;
  const [name, setName] = useState(round?.name ?? '');
  const [kind, setKind] = useState<RoundKind>(round?.kind ?? (suppliers.some((s) => s.role === 'contracted') ? 'review' : 'tender'));
  const [opensOn, setOpensOn] = useState(round?.opensOn ?? todayIso());
  const [answersDue, setAnswersDue] = useState(round?.answersDue ?? '');
  const [questionIds, setQuestionIds] = useState<string[]>(round?.questionIds ?? questions.map((q) => q.questionId));
  const [supplierIds, setSupplierIds] = useState<string[]>(round?.supplierIds ?? suppliers.map((s) => s.id));
  const [error, setError] = useState<string | null>(null);

  const submit = () => {
    if (!name.trim()) return setError('Give the round a name, such as “Tender questionnaire” or “2027 annual review”.');
    const input: RoundInput = { name, kind, opensOn, ...(answersDue ? { answersDue } : {}), questionIds, supplierIds };
    let failure: string | null = null;
    changeContent(null, (c) => {
      const r = round ? updateRound(c.qa, round.id, input) : addRound(c.qa, input);
      if (!r.ok) {
        failure = r.message;
        return c;
      }
      return { ...c, qa: 'qa' in r.value ? r.value.qa : r.value };
    });
    if (failure) setError(failure);
    else onClose();
  };

  return (
    <FormModal
      opened
      size="lg"
      title={round ? `Edit the round “${round.name}”` : 'New engagement round'}
      submitLabel={round ? 'Save round' : 'Create round'}
      errorTitle="Not saved"
      error={error}
      onSubmit={submit}
      onClose={onClose}
    >
      <TextInput data-autofocus required label="Round name" value={name} onChange={(e) => setName(e.currentTarget.value.slice(0, 300))} />
      <NativeSelect label="Kind" data={KIND_OPTIONS} value={kind} onChange={(e) => setKind(e.currentTarget.value as RoundKind)} />
      <Group grow align="flex-start">
        <TextInput type="date" required label="Opens on" value={opensOn} onChange={(e) => setOpensOn(e.currentTarget.value)} />
        <TextInput
          type="date"
          label="Answers due"
          description="Shown on the forms"
          value={answersDue}
          onChange={(e) => setAnswersDue(e.currentTarget.value)}
        />
      </Group>
      <Checkbox.Group
        label="Questions asked"
        description="All selected questions unless you untick some."
        value={questionIds}
        onChange={setQuestionIds}
      >
        <Stack gap={4} mt={6}>
          {questions.map((q, i) => (
            <Checkbox key={q.questionId} value={q.questionId} label={`Q${i + 1}. ${q.question.question}`} />
          ))}
        </Stack>
      </Checkbox.Group>
      <Checkbox.Group
        label="Suppliers asked"
        description="All suppliers unless you untick some."
        value={supplierIds}
        onChange={setSupplierIds}
      >
        <Stack gap={4} mt={6}>
          {suppliers.map((s) => (
            <Checkbox key={s.id} value={s.id} label={s.name} />
          ))}
        </Stack>
      </Checkbox.Group>
    </FormModal>
  );
}
