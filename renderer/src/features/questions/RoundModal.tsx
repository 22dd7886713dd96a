import { useState } from 'react';
import { Checkbox, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ROUND_KINDS, type EngagementRound, type RoundKind } from '@shared/model/questions';
import type { TenderContent } from '@shared/model/tender';
import { addRound, updateRound, type RoundInput } from '@shared/rules/engagementRounds';
import { orderedQuestions } from '@shared/rules/qaAnswers';
import { FormModal } from '../../components/FormModal';
import { useActions } from '../../store';
import { todayIso } from '../../lib/format';
import { ROUND_KIND_LABEL } from './labels';

const kindOptions = () => ROUND_KINDS.map((k) => ({ value: k, label: ROUND_KIND_LABEL[k]() }));

/** Creates or edits an engagement round: its name, kind, dates, questions and suppliers (all by default). */
export function RoundModal({ content, round, onClose }: { content: TenderContent; round?: EngagementRound; onClose: () => void }) {
  const { t } = useTranslation('questions');
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
    if (!name.trim()) return setError(t('roundModal.nameMissing'));
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
      title={round ? t('roundModal.editTitle', { name: round.name }) : t('roundModal.newTitle')}
      submitLabel={round ? t('roundModal.save') : t('roundModal.create')}
      errorTitle={t('roundModal.notSaved')}
      error={error}
      onSubmit={submit}
      onClose={onClose}
    >
      <TextInput
        data-autofocus
        required
        label={t('roundModal.name')}
        value={name}
        onChange={(e) => setName(e.currentTarget.value.slice(0, 300))}
      />
      <NativeSelect
        label={t('roundModal.kind')}
        data={kindOptions()}
        value={kind}
        onChange={(e) => setKind(e.currentTarget.value as RoundKind)}
      />
      <Group grow align="flex-start">
        <TextInput
          type="date"
          required
          label={t('roundModal.opensOn')}
          value={opensOn}
          onChange={(e) => setOpensOn(e.currentTarget.value)}
        />
        <TextInput
          type="date"
          label={t('roundModal.answersDue')}
          description={t('roundModal.answersDueHint')}
          value={answersDue}
          onChange={(e) => setAnswersDue(e.currentTarget.value)}
        />
      </Group>
      <Checkbox.Group
        label={t('roundModal.questions')}
        description={t('roundModal.questionsHint')}
        value={questionIds}
        onChange={setQuestionIds}
      >
        <Stack gap={4} mt={6}>
          {questions.map((q, i) => (
            <Checkbox
              key={q.questionId}
              value={q.questionId}
              label={t('roundModal.questionOption', { number: i + 1, text: q.question.question })}
            />
          ))}
        </Stack>
      </Checkbox.Group>
      <Checkbox.Group
        label={t('roundModal.suppliers')}
        description={t('roundModal.suppliersHint')}
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
