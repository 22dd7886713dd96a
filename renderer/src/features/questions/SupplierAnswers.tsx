import { useState } from 'react';
import { Alert, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { SUPPLIER_ROLE_LABELS } from '@shared/model/questions';
import type { TenderContent } from '@shared/model/tender';
import { orderedQuestions } from '@shared/rules/qaAnswers';
import { AnswerCard } from './AnswerCard';
import { AnswerModal, FollowUpModal } from './AnswerModals';
import { Suppliers } from './Suppliers';

/** Suppliers, and per supplier the answers to each selected question with their history and follow-ups. */
export function SupplierAnswers({ content }: { content: TenderContent }) {
  const [supplierId, setSupplierId] = useState<string | null>(null);
  const [dialog, setDialog] = useState<{ kind: 'answer' | 'follow-up'; questionId: string } | null>(null);
  const questions = orderedQuestions(content.qa);
  const supplier = content.qa.suppliers.find((s) => s.id === supplierId) ?? content.qa.suppliers[0];
  const selected = dialog ? questions.find((q) => q.questionId === dialog.questionId) : undefined;

  return (
    <div className="tw-cl-layout">
      <div className="tw-cl-sticky">
        <Suppliers content={content} />
      </div>
      <Stack gap="md">
        {!supplier ? (
          <Alert color="gray" variant="light" title="Add a supplier to record answers">
            Answers are recorded per supplier: add the bidders or the contracted supplier first.
          </Alert>
        ) : !questions.length ? (
          <Alert color="gray" variant="light" title="No questions selected">
            Pick questions from the question bank first; then record each supplier’s answers here.
          </Alert>
        ) : (
          <>
            <Group justify="space-between" align="flex-end">
              <Title order={2} size="h4">
                Answers from {supplier.name}
              </Title>
              <NativeSelect
                label="Supplier"
                value={supplier.id}
                onChange={(e) => setSupplierId(e.currentTarget.value)}
                data={content.qa.suppliers.map((s) => ({
                  value: s.id,
                  label: `${s.name} (${SUPPLIER_ROLE_LABELS[s.role].toLowerCase()})`,
                }))}
              />
            </Group>
            <Text size="sm" c="dimmed">
              Each answer is added to the supplier’s history, never overwritten, so improvement over time stays visible.
            </Text>
            {questions.map((s, i) => (
              <AnswerCard
                key={s.questionId}
                content={content}
                supplier={supplier}
                selected={s}
                index={i}
                onRecord={() => setDialog({ kind: 'answer', questionId: s.questionId })}
                onFollowUp={() => setDialog({ kind: 'follow-up', questionId: s.questionId })}
              />
            ))}
          </>
        )}
      </Stack>
      {dialog && selected && supplier ? (
        dialog.kind === 'answer' ? (
          <AnswerModal supplier={supplier} selected={selected} onClose={() => setDialog(null)} />
        ) : (
          <FollowUpModal supplier={supplier} selected={selected} onClose={() => setDialog(null)} />
        )
      ) : null}
    </div>
  );
}
