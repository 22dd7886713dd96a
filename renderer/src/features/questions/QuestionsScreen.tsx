import { useEffect, useState } from 'react';
import { Stack, Tabs } from '@mantine/core';
import { Trans, useTranslation } from 'react-i18next';
import type { TenderContent } from '@shared/model/tender';
import { openFollowUps } from '@shared/rules/qaFollowUps';
import { useActions, useLibrary, useReveal } from '../../store';
import { ScreenIntro } from '../../components/ScreenHeading';
import { LoadGate } from '../../components/LoadStates';
import { TenderGate } from '../../components/TenderGate';
import { todayIso } from '../../lib/format';
import { QuestionBank } from './QuestionBank';
import { RoundsPanel } from './RoundsPanel';
import { SelectedQuestions } from './SelectedQuestions';
import { SupplierAnswers } from './SupplierAnswers';
import { Summary } from './Summary';
import '../../components/lists.css';
import './questions.css';
import { Term } from '../../components/Term';

type Tab = 'selected' | 'bank' | 'answers' | 'rounds' | 'summary';

function QuestionsEditor({ content }: { content: TenderContent }) {
  const { library, language, status, error } = useLibrary();
  const { loadLibrary } = useActions();
  // Undo or redo shows the view the step changed: a chosen question, or the suppliers and their answers.
  const reveal = useReveal();
  const revealedTab: Tab | null =
    reveal?.screen === 'questions'
      ? content.qa.questions.some((q) => q.questionId === reveal.itemId)
        ? 'selected'
        : content.qa.rounds?.some((r) => r.id === reveal.itemId)
          ? 'rounds'
          : 'answers'
      : null;
  const [tab, setTab] = useState<Tab>(revealedTab ?? (content.qa.questions.length ? 'selected' : 'bank'));
  const [seenReveal, setSeenReveal] = useState(reveal);
  if (reveal !== seenReveal) {
    setSeenReveal(reveal);
    if (revealedTab) setTab(revealedTab);
  }

  useEffect(() => {
    void loadLibrary();
  }, [loadLibrary]);

  const { t } = useTranslation('questions');
  const overdue = openFollowUps(content.qa, todayIso()).filter((f) => f.overdue).length;

  return (
    <Tabs value={tab} onChange={(v) => setTab((v as Tab | null) ?? 'selected')} keepMounted={false}>
      <Tabs.List aria-label={t('tabs.label')} mb="lg">
        <Tabs.Tab value="selected">{t('tabs.selected', { n: content.qa.questions.length })}</Tabs.Tab>
        <Tabs.Tab value="bank">{t('tabs.bank')}</Tabs.Tab>
        <Tabs.Tab value="answers">{t('tabs.answers', { n: content.qa.suppliers.length })}</Tabs.Tab>
        <Tabs.Tab value="rounds">{t('tabs.rounds', { n: content.qa.rounds?.length ?? 0 })}</Tabs.Tab>
        <Tabs.Tab value="summary">{overdue ? t('tabs.summaryOverdue', { count: overdue }) : t('tabs.summary')}</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="selected">
        <SelectedQuestions content={content} onBrowse={() => setTab('bank')} />
      </Tabs.Panel>
      <Tabs.Panel value="bank">
        <LoadGate
          ready={library !== null}
          failed={status === 'error'}
          loadingLabel={t('bank.loading')}
          failedTitle={t('bank.loadFailed')}
          error={error}
          onRetry={() => void loadLibrary({ force: true })}
        >
          {library ? <QuestionBank content={content} library={library} language={language} /> : null}
        </LoadGate>
      </Tabs.Panel>
      <Tabs.Panel value="answers">
        <SupplierAnswers content={content} />
      </Tabs.Panel>
      <Tabs.Panel value="rounds">
        <RoundsPanel content={content} />
      </Tabs.Panel>
      <Tabs.Panel value="summary">
        <Summary content={content} />
      </Tabs.Panel>
    </Tabs>
  );
}

export function QuestionsScreen() {
  const { t } = useTranslation('questions');
  return (
    <Stack gap="lg">
      <ScreenIntro title={t('screen.title')}>
        <Trans t={t} i18nKey="screen.intro" components={{ term: <Term id="maturity-level">{null}</Term> }} />
      </ScreenIntro>
      <TenderGate>{(content) => <QuestionsEditor content={content} />}</TenderGate>
    </Stack>
  );
}
