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
import { useTranslation } from 'react-i18next';
import { IconCheck, IconFileImport, IconPlus, IconSearch, IconTrash } from '@tabler/icons-react';
import { LibraryHeading } from '../../components/ScreenHeading';
import { MAX_QUESTION_IMPORT_CHARS } from '@shared/api/methods/library';
import { QA_LIMITS, QUESTION_THEMES, type Question, type QuestionTheme } from '@shared/model/questions';
import { combineQuestionBanks, searchQuestions } from '@shared/rules/qaLibrary';
import { selectQuestions } from '@shared/rules/qaAnswers';
import type { TenderContent } from '@shared/model/tender';
import type { LibraryView } from '@shared/api/contract';
import type { Language } from '@shared/model/language';
import { shownIn } from '@shared/library/localise';
import { t as translate } from '@shared/i18n';
import { call } from '../../api';
import { useActions, libraryRevision } from '../../store';
import { messageOf } from '../../lib/errors';
import { confirmDelete } from '../../components/confirm';
import { GuidanceToggle } from './parts';
import { STAGE_LABEL, THEME_LABEL } from './labels';
import { decimal } from '../../lib/format';
import { OwnQuestionModal } from './OwnQuestionModal';

/** The badge on an item shown in another language than the tender's (an own question, or a built-in not yet translated). */
const WRITTEN_IN: Record<Language, () => string> = {
  en: () => translate('questions:bank.writtenIn.en'),
  fr: () => translate('questions:bank.writtenIn.fr'),
  es: () => translate('questions:bank.writtenIn.es'),
};

function BankQuestion({
  question,
  own,
  language,
  selectedAt,
  onAdd,
}: {
  question: Question;
  own: boolean;
  language: Language;
  selectedAt: number;
  onAdd: () => void;
}) {
  const { t } = useTranslation('questions');
  const { applyLibraryView } = useActions();
  const textId = `bank-q-${question.id}`;
  const shown = shownIn(question, language);

  const remove = () =>
    confirmDelete({
      title: t('bank.deleteTitle'),
      message: selectedAt ? t('bank.deleteMessageSelected', { number: selectedAt }) : t('bank.deleteMessage'),
      remove: async () => applyLibraryView(await call('library.deleteQuestion', { id: question.id, baseRevision: libraryRevision() })),
      deleted: () => ({ color: 'teal', title: t('bank.deleted'), message: question.question.slice(0, 120) }),
      failedTitle: t('bank.deleteFailed'),
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
                {own ? t('bank.own') : t('bank.builtin')}
              </Badge>
              {shown.fallback ? (
                <Badge size="sm" variant="outline" color="gray" tt="none" lang={shown.shownIn}>
                  {WRITTEN_IN[shown.shownIn]()}
                </Badge>
              ) : null}
              {question.stage ? (
                <Badge size="sm" variant="outline" color="gray">
                  {STAGE_LABEL[question.stage]()}
                </Badge>
              ) : null}
            </Group>
          </div>
          <Group gap={4} wrap="nowrap" className="tw-flex-none">
            {selectedAt ? (
              <Badge variant="light" color="teal" leftSection={<IconCheck size={12} aria-hidden />} tt="none">
                {t('bank.inQa', { number: selectedAt })}
              </Badge>
            ) : (
              <Button size="xs" variant="light" leftSection={<IconPlus size={14} aria-hidden />} aria-describedby={textId} onClick={onAdd}>
                {t('bank.add')}
              </Button>
            )}
            {own ? (
              <Tooltip label={t('bank.deleteTooltip')}>
                <ActionIcon variant="subtle" color="gray" aria-label={t('bank.deleteLabel')} aria-describedby={textId} onClick={remove}>
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              </Tooltip>
            ) : null}
          </Group>
        </Group>
        <GuidanceToggle question={question} describedBy={textId} closedLabel={t('bank.guidance')} />
      </Paper>
    </li>
  );
}

/** Import a question library file: all or nothing, with the service's message when refused. */
function ImportQuestions() {
  const { t } = useTranslation('questions');
  const { applyLibraryView } = useActions();
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const importFile = async (file: File | null) => {
    if (!file) return;
    setOutcome(null);
    if (file.size > MAX_QUESTION_IMPORT_CHARS) {
      setOutcome({
        ok: false,
        message: t('import.tooLarge', {
          file: file.name,
          size: decimal(file.size / 1_000_000, 1),
          max: decimal(MAX_QUESTION_IMPORT_CHARS / 1_000_000, 0),
        }),
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
        message: t('import.done', { count: added, file: file.name }),
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
              {t('import.button')}
            </Button>
          )}
        </FileButton>
        <Text size="xs" c="dimmed">
          {t('import.hint')}
        </Text>
      </Group>
      {outcome ? (
        <Alert
          color={outcome.ok ? 'teal' : 'red'}
          variant="light"
          title={outcome.ok ? t('import.doneTitle') : t('import.failedTitle')}
          role={outcome.ok ? 'status' : 'alert'}
          withCloseButton
          closeButtonLabel={t('import.dismiss')}
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
export function QuestionBank({ content, library, language }: { content: TenderContent; library: LibraryView; language: Language }) {
  const { t } = useTranslation('questions');
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
      notifications.show({ color: 'red', title: t('bank.notAdded'), message: t('bank.tooMany', { max: QA_LIMITS.selected }) });
      return;
    }
    changeContent(null, (c) => ({ ...c, qa: selectQuestions(c.qa, fresh).qa }));
    notifications.show({
      color: 'teal',
      title: t('bank.added', { count: fresh.length }),
      message:
        fresh.length === 1
          ? (fresh[0] as Question).question.slice(0, 140)
          : t('bank.addedTotal', { count: content.qa.questions.length + fresh.length }),
    });
  };

  const themes = QUESTION_THEMES.filter((theme) => results.some((q) => q.theme === theme));

  return (
    <Stack gap="md">
      <LibraryHeading title={t('bank.title')} addLabel={t('bank.addOwn')} onAdd={() => setWriting(Date.now())}>
        {t('bank.counts', {
          count: bank.length,
          themes: QUESTION_THEMES.length,
          builtin: library.questions.builtin.length,
          own: library.questions.own.length,
        })}
      </LibraryHeading>
      <ImportQuestions />
      <Paper withBorder radius="md" p="md" role="search" aria-label={t('bank.searchLabel')} data-native-undo>
        <div className="tw-filter-search tw-filter-search-2">
          <NativeSelect
            label={t('bank.theme')}
            value={theme}
            onChange={(e) => setTheme(e.currentTarget.value as QuestionTheme | '')}
            data={[{ value: '', label: t('bank.allThemes') }, ...QUESTION_THEMES.map((v) => ({ value: v, label: THEME_LABEL[v]() }))]}
          />
          <TextInput
            type="search"
            label={t('bank.search')}
            placeholder={t('bank.searchPlaceholder')}
            leftSection={<IconSearch size={16} aria-hidden />}
            value={text}
            onChange={(e) => setText(e.currentTarget.value.slice(0, 200))}
          />
        </div>
      </Paper>
      <Text size="sm" role="status" aria-live="polite">
        {theme || text ? t('bank.matching', { count: results.length }) : t('bank.shown', { count: results.length })}
      </Text>
      {themes.map((theme) => {
        const inTheme = results.filter((q) => q.theme === theme);
        const missing = inTheme.filter((q) => !position.has(q.id));
        const headingId = `theme-${theme}`;
        return (
          <section key={theme} aria-labelledby={headingId} data-testid={`bank-theme-${theme}`}>
            <Group justify="space-between" mb="xs">
              <Title order={3} size="h5" id={headingId}>
                {THEME_LABEL[theme]()}{' '}
                <Text span c="dimmed" fw={400} size="sm">
                  ({inTheme.length})
                </Text>
              </Title>
              <Button size="compact-sm" variant="subtle" disabled={!missing.length} onClick={() => add(missing)}>
                {missing.length
                  ? t('bank.addAll', { count: missing.length, theme: THEME_LABEL[theme]().toLowerCase() })
                  : t('bank.allInQa')}
              </Button>
            </Group>
            <ul className="tw-card-list">
              {inTheme.map((q) => (
                <BankQuestion
                  key={q.id}
                  question={q}
                  own={ownIds.has(q.id)}
                  language={language}
                  selectedAt={position.get(q.id) ?? 0}
                  onAdd={() => add([q])}
                />
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
          language={language}
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
