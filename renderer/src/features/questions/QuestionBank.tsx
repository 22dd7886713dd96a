import { useState } from 'react';
import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  FileButton,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconFileImport, IconPlus, IconSearch, IconTrash } from '@tabler/icons-react';
import { LibraryHeading } from '../../components/ScreenHeading';
import { MAX_QUESTION_IMPORT_CHARS } from '@shared/api/methods/library';
import {
  QA_LIMITS,
  QUESTION_THEME_LABELS,
  QUESTION_THEMES,
  QUESTION_STAGE_LABELS,
  type Question,
  type QuestionTheme,
} from '@shared/model/questions';
import { combineQuestionBanks, searchQuestions } from '@shared/rules/qaLibrary';
import { selectQuestions } from '@shared/rules/qaAnswers';
import type { TenderContent } from '@shared/model/tender';
import type { LibraryView } from '@shared/api/contract';
import { call } from '../../api';
import { useActions, libraryRevision } from '../../store';
import { messageOf } from '../../lib/errors';
import { confirmDelete } from '../../components/confirm';
import { GuidanceToggle } from './parts';
import { OwnQuestionModal } from './OwnQuestionModal';

function BankQuestion({ question, own, selectedAt, onAdd }: { question: Question; own: boolean; selectedAt: number; onAdd: () => void }) {
  const { applyLibraryView } = useActions();
  const textId = `bank-q-${question.id}`;

  const remove = () =>
    confirmDelete({
      title: 'Delete your question?',
      message: `It is removed from your question bank. Tenders that selected it keep their own copy${selectedAt ? `, including this one (Q${selectedAt})` : ''}.`,
      remove: async () => applyLibraryView(await call('library.deleteQuestion', { id: question.id, baseRevision: libraryRevision() })),
      deleted: () => ({ color: 'teal', title: 'Question deleted from your bank', message: question.question.slice(0, 120) }),
      failedTitle: 'The question was not deleted',
    });

  return (
    <li>
      <Paper withBorder radius="md" p="sm" component="article" aria-labelledby={textId} data-testid="bank-question">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <div className="tw-row-main">
            <Text size="sm" id={textId} fw={500}>
              {question.question}
            </Text>
            <Group gap={4} mt={6} className="tw-tags">
              <Badge size="sm" variant="light" color={own ? 'violet' : 'gray'}>
                {own ? 'Own question' : 'Built-in'}
              </Badge>
              {question.stage ? (
                <Badge size="sm" variant="outline" color="gray">
                  {QUESTION_STAGE_LABELS[question.stage]}
                </Badge>
              ) : null}
            </Group>
          </div>
          <Group gap={4} wrap="nowrap" className="tw-flex-none">
            {selectedAt ? (
              <Badge variant="light" color="teal" leftSection={<IconCheck size={12} aria-hidden />} tt="none">
                In the Q&A as Q{selectedAt}
              </Badge>
            ) : (
              <Button size="xs" variant="light" leftSection={<IconPlus size={14} aria-hidden />} aria-describedby={textId} onClick={onAdd}>
                Add to Q&A
              </Button>
            )}
            {own ? (
              <Tooltip label="Delete from your bank">
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  aria-label="Delete this question from your bank"
                  aria-describedby={textId}
                  onClick={remove}
                >
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              </Tooltip>
            ) : null}
          </Group>
        </Group>
        <GuidanceToggle question={question} describedBy={textId} closedLabel="Why, good answer, evidence, maturity" />
      </Paper>
    </li>
  );
}

/** Import a question library file: all or nothing, with the service's message when refused. */
function ImportQuestions() {
  const { applyLibraryView } = useActions();
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const importFile = async (file: File | null) => {
    if (!file) return;
    setOutcome(null);
    if (file.size > MAX_QUESTION_IMPORT_CHARS) {
      setOutcome({
        ok: false,
        message: `${file.name} is ${(file.size / 1_000_000).toFixed(1)} MB; a question library file may be at most ${MAX_QUESTION_IMPORT_CHARS / 1_000_000} MB. Nothing was imported.`,
      });
      return;
    }
    setBusy(true);
    try {
      const text = await file.text();
      const { view, added } = await call('library.importQuestions', { fileName: file.name, text });
      applyLibraryView(view);
      setOutcome({
        ok: true,
        message: `Imported ${added === 1 ? '1 question' : `${added} questions`} from ${file.name} into your question bank.`,
      });
    } catch (error) {
      setOutcome({ ok: false, message: messageOf(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="xs">
      <Group gap="sm">
        <FileButton onChange={(f) => void importFile(f)} accept=".json,application/json">
          {(props) => (
            <Button {...props} variant="default" leftSection={<IconFileImport size={16} aria-hidden />} loading={busy}>
              Import question library…
            </Button>
          )}
        </FileButton>
        <Text size="xs" c="dimmed">
          A JSON file with a list of questions. Imported all or nothing: if any question is invalid or its id is already used, nothing is
          imported.
        </Text>
      </Group>
      {outcome ? (
        <Alert
          color={outcome.ok ? 'teal' : 'red'}
          variant="light"
          title={outcome.ok ? 'Question library imported' : 'Nothing was imported'}
          role={outcome.ok ? 'status' : 'alert'}
          withCloseButton
          closeButtonLabel="Dismiss"
          onClose={() => setOutcome(null)}
          data-testid="import-outcome"
        >
          <Text size="sm" className="tw-prewrap">
            {outcome.message}
          </Text>
        </Alert>
      ) : null}
    </Stack>
  );
}

/** The question bank (built-in and own) by theme: read the guidance, pick questions for the tender. */
export function QuestionBank({ content, library }: { content: TenderContent; library: LibraryView }) {
  const { changeContent } = useActions();
  const [theme, setTheme] = useState<QuestionTheme | ''>('');
  const [text, setText] = useState('');
  const [writing, setWriting] = useState<number | null>(null);

  const ownIds = new Set(library.questions.own.map((q) => q.id));
  const bank = combineQuestionBanks(library.questions.builtin, library.questions.own);
  const results = searchQuestions(bank, { text, ...(theme ? { theme } : {}) });
  const position = new Map(content.qa.questions.map((s) => [s.questionId, 0]));
  [...content.qa.questions].sort((a, b) => a.order - b.order).forEach((s, i) => position.set(s.questionId, i + 1));

  const add = (questions: Question[]) => {
    const fresh = questions.filter((q) => !position.has(q.id));
    if (!fresh.length) return;
    if (content.qa.questions.length + fresh.length > QA_LIMITS.selected) {
      notifications.show({ color: 'red', title: 'Not added', message: `A tender’s Q&A may hold at most ${QA_LIMITS.selected} questions.` });
      return;
    }
    changeContent(null, (c) => ({ ...c, qa: selectQuestions(c.qa, fresh).qa }));
    notifications.show({
      color: 'teal',
      title: fresh.length === 1 ? 'Question added to the Q&A' : `${fresh.length} questions added to the Q&A`,
      message:
        fresh.length === 1
          ? (fresh[0] as Question).question.slice(0, 140)
          : `Now ${content.qa.questions.length + fresh.length} questions in this tender.`,
    });
  };

  const themes = QUESTION_THEMES.filter((t) => results.some((q) => q.theme === t));

  return (
    <Stack gap="md">
      <LibraryHeading title="Question bank" addLabel="Add your own question…" onAdd={() => setWriting(Date.now())}>
        {bank.length} questions across {QUESTION_THEMES.length} themes: {library.questions.builtin.length} built-in,{' '}
        {library.questions.own.length} your own.
      </LibraryHeading>
      <ImportQuestions />
      <Paper withBorder radius="md" p="md" role="search" aria-label="Search the question bank" data-native-undo>
        <div className="tw-filter-search tw-filter-search-2">
          <NativeSelect
            label="Theme"
            value={theme}
            onChange={(e) => setTheme(e.currentTarget.value as QuestionTheme | '')}
            data={[{ value: '', label: 'All themes' }, ...QUESTION_THEMES.map((t) => ({ value: t, label: QUESTION_THEME_LABELS[t] }))]}
          />
          <TextInput
            type="search"
            label="Search questions"
            placeholder="Words in the question or its guidance"
            leftSection={<IconSearch size={16} aria-hidden />}
            value={text}
            onChange={(e) => setText(e.currentTarget.value.slice(0, 200))}
          />
        </div>
      </Paper>
      <Text size="sm" role="status" aria-live="polite">
        {results.length === 1 ? '1 question' : `${results.length} questions`}
        {theme || text ? ' match' : ''}
      </Text>
      {themes.map((t) => {
        const inTheme = results.filter((q) => q.theme === t);
        const missing = inTheme.filter((q) => !position.has(q.id));
        const headingId = `theme-${t}`;
        return (
          <section key={t} aria-labelledby={headingId} data-testid={`bank-theme-${t}`}>
            <Group justify="space-between" mb="xs">
              <Title order={3} size="h5" id={headingId}>
                {QUESTION_THEME_LABELS[t]}{' '}
                <Text span c="dimmed" fw={400} size="sm">
                  ({inTheme.length})
                </Text>
              </Title>
              <Button size="compact-sm" variant="subtle" disabled={!missing.length} onClick={() => add(missing)}>
                {missing.length ? `Add all ${missing.length} on ${QUESTION_THEME_LABELS[t].toLowerCase()}` : 'All in the Q&A'}
              </Button>
            </Group>
            <ul className="tw-card-list">
              {inTheme.map((q) => (
                <BankQuestion key={q.id} question={q} own={ownIds.has(q.id)} selectedAt={position.get(q.id) ?? 0} onAdd={() => add([q])} />
              ))}
            </ul>
          </section>
        );
      })}
      {writing ? (
        <OwnQuestionModal
          key={writing}
          builtins={library.questions.builtin}
          own={library.questions.own}
          defaultTheme={theme || undefined}
          onClose={() => setWriting(null)}
          onSaved={(q, addToTender) => {
            if (addToTender) add([q]);
          }}
        />
      ) : null}
    </Stack>
  );
}
