import type { ReactNode } from 'react';
import { ActionIcon, Paper, Text, Title, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IconMessageQuestion, IconTrash } from '@tabler/icons-react';
import type { SelectedQuestion } from '@shared/model/questions';
import { deselectQuestion, moveQuestion, orderedQuestions } from '@shared/rules/qaAnswers';
import { questionParts } from '@shared/rules/removal';
import { confirmRemoval } from '../../components/confirm';
import type { TenderContent } from '@shared/model/tender';
import { EmptyNotice } from '../../components/EmptyNotice';
import { useActions } from '../../store';
import { SortableList } from '../../components/SortableList';
import { GuidanceToggle, QuestionTags } from './parts';

function Row({
  selected,
  index,
  handle,
  moveButtons,
  onRemove,
}: {
  selected: SelectedQuestion;
  index: number;
  handle: ReactNode;
  moveButtons: ReactNode;
  onRemove: () => void;
}) {
  const { t } = useTranslation('questions');
  const q = selected.question;
  const textId = `sel-q-${q.id}`;
  return (
    <div className="tw-row" data-testid="selected-question">
      {handle}
      <div className="tw-row-main">
        <QuestionTags index={index} theme={q.theme} />
        <Text size="sm" id={textId} className="tw-question-text">
          {q.question}
        </Text>
        <GuidanceToggle question={q} describedBy={textId} closedLabel={t('guidance.show')} />
      </div>
      {moveButtons}
      <Tooltip label={t('selected.remove')}>
        <ActionIcon variant="subtle" color="gray" aria-label={t('selected.removeNumbered', { number: index + 1 })} onClick={onRemove}>
          <IconTrash size={16} aria-hidden />
        </ActionIcon>
      </Tooltip>
    </div>
  );
}

/** The tender's Q&A questions in the order suppliers will see them. */
export function SelectedQuestions({ content, onBrowse }: { content: TenderContent; onBrowse: () => void }) {
  const { t } = useTranslation('questions');
  const { changeContent } = useActions();
  const ordered = orderedQuestions(content.qa);

  if (!ordered.length) {
    return (
      <EmptyNotice
        icon={IconMessageQuestion}
        title={t('selected.emptyTitle')}
        description={t('selected.emptyDescription')}
        action={{ label: t('selected.openBank'), onClick: onBrowse }}
      />
    );
  }

  const remove = (s: SelectedQuestion, index: number) =>
    confirmRemoval('Question', t('selected.number', { number: index + 1 }), questionParts(content.qa, s.questionId), () =>
      changeContent(null, (c) => {
        // Asked first when it had answers: they go with it, to Recently deleted.
        const r = deselectQuestion(c.qa, s.questionId, { discardAnswers: true });
        return r.ok ? { ...c, qa: r.value } : c;
      }),
    );

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="selected-heading">
      <Title order={2} size="h5" id="selected-heading">
        {t('selected.heading')}
      </Title>
      <Text size="xs" c="dimmed" mb="sm">
        {t('selected.orderHint', { count: ordered.length })}
      </Text>
      <SortableList
        items={ordered}
        getId={(s) => s.questionId}
        getLabel={(s, i) => t('selected.itemLabel', { number: i + 1, text: s.question.question.slice(0, 80) })}
        label={t('selected.listLabel')}
        kind="question"
        className="tw-sortable"
        onMove={(id, to) => changeContent(null, (c) => ({ ...c, qa: moveQuestion(c.qa, id, to) }))}
        renderItem={(s, index, { handle, moveButtons }) => (
          <Row selected={s} index={index} handle={handle} moveButtons={moveButtons} onRemove={() => remove(s, index)} />
        )}
      />
    </Paper>
  );
}
