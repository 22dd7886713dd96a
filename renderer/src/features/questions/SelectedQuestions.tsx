import type { ReactNode } from 'react';
import { ActionIcon, Paper, Text, Title, Tooltip } from '@mantine/core';
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
        <GuidanceToggle question={q} describedBy={textId} closedLabel="Show guidance" />
      </div>
      {moveButtons}
      <Tooltip label="Remove from the Q&A">
        <ActionIcon variant="subtle" color="gray" aria-label={`Remove Q${index + 1} from the Q&A`} onClick={onRemove}>
          <IconTrash size={16} aria-hidden />
        </ActionIcon>
      </Tooltip>
    </div>
  );
}

/** The tender's Q&A questions in the order suppliers will see them. */
export function SelectedQuestions({ content, onBrowse }: { content: TenderContent; onBrowse: () => void }) {
  const { changeContent } = useActions();
  const ordered = orderedQuestions(content.qa);

  if (!ordered.length) {
    return (
      <EmptyNotice
        icon={IconMessageQuestion}
        title="No questions selected yet"
        description="Pick questions by theme from the question bank: forced labour, recruitment, freedom of association and more."
        action={{ label: 'Open the question bank', onClick: onBrowse }}
      />
    );
  }

  const remove = (s: SelectedQuestion, index: number) =>
    confirmRemoval('Question', `Q${index + 1}`, questionParts(content.qa, s.questionId), () =>
      changeContent(null, (c) => {
        // Asked first when it had answers: they go with it, to Recently deleted.
        const r = deselectQuestion(c.qa, s.questionId, { discardAnswers: true });
        return r.ok ? { ...c, qa: r.value } : c;
      }),
    );

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="selected-heading">
      <Title order={2} size="h5" id="selected-heading">
        Questions in this tender’s Q&A
      </Title>
      <Text size="xs" c="dimmed" mb="sm">
        {ordered.length === 1 ? '1 question' : `${ordered.length} questions`}, in the order suppliers will answer them. Drag a handle, or
        use the arrows, to reorder.
      </Text>
      <SortableList
        items={ordered}
        getId={(s) => s.questionId}
        getLabel={(s, i) => `Q${i + 1}, ${s.question.question.slice(0, 80)}`}
        label="Selected questions in order"
        noun="question"
        className="tw-sortable"
        onMove={(id, to) => changeContent(null, (c) => ({ ...c, qa: moveQuestion(c.qa, id, to) }))}
        renderItem={(s, index, { handle, moveButtons }) => (
          <Row selected={s} index={index} handle={handle} moveButtons={moveButtons} onRemove={() => remove(s, index)} />
        )}
      />
    </Paper>
  );
}
