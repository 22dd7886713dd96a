import { useState } from 'react';
import { Alert, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TenderContent } from '@shared/model/tender';
import { orderedQuestions } from '@shared/rules/qaAnswers';
import { AnswerCard } from './AnswerCard';
import { AnswerModal, FollowUpModal } from './AnswerModals';
import { Suppliers } from './Suppliers';
import { ROLE_LABEL } from './labels';

/** Suppliers, and per supplier the answers to each selected question with their history and follow-ups. */
export function SupplierAnswers({ content }: { content: TenderContent }) {
  const { t } = useTranslation('questions');
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
          <Alert color="gray" variant="light" title={t('answers.noSupplierTitle')}>
            {t('answers.noSupplier')}
          </Alert>
        ) : !questions.length ? (
          <Alert color="gray" variant="light" title={t('answers.noQuestionsTitle')}>
            {t('answers.noQuestions')}
          </Alert>
        ) : (
          <>
            <Group justify="space-between" align="flex-end">
              <Title order={2} size="h4">
                {t('answers.heading', { name: supplier.name })}
              </Title>
              <NativeSelect
                label={t('answers.supplier')}
                value={supplier.id}
                onChange={(e) => setSupplierId(e.currentTarget.value)}
                data={content.qa.suppliers.map((s) => ({
                  value: s.id,
                  label: t('answers.supplierOption', { name: s.name, role: ROLE_LABEL[s.role]().toLowerCase() }),
                }))}
              />
            </Group>
            <Text size="sm" c="dimmed">
              {t('answers.historyHint')}
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
