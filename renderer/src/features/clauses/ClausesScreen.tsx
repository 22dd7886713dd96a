import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge, Group, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { addClause, currentVersion, renderClauses } from '@shared/clauses';
import { CLAUSE_LIMITS, type LibraryClause, type ParameterValues } from '@shared/model/clauses';
import { newId } from '@shared/model/common';
import type { TenderContent } from '@shared/model/tender';
import { useActions, useLibrary, useReveal } from '../../store';
import { ScreenIntro } from '../../components/ScreenHeading';
import { LoadGate } from '../../components/LoadStates';
import { TenderGate } from '../../components/TenderGate';
import { ClausePreview } from './ClausePreview';
import { LeverageView } from './LeverageView';
import { LibraryBrowser, NO_FILTERS, type LibraryFilters } from './LibraryBrowser';
import { OwnClauseModal } from './OwnClauseModal';
import { TenderClauses } from './TenderClauses';
import '../../components/lists.css';
import './clauses.css';

type Tab = 'tender' | 'library' | 'leverage' | 'text';

/** The whole contract section as it will read, numbered, with what is still missing highlighted. */
function FullText({ content }: { content: TenderContent }) {
  const { t } = useTranslation('clauses');
  const rendered = renderClauses(content.clauses);
  const errors = rendered.findings.filter((f) => f.severity === 'error').length;
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2} size="h4">
            {t('fullText.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('fullText.numbering')}
          </Text>
        </div>
        <Badge variant="light" color={errors ? 'orange' : 'teal'} size="lg">
          {errors ? t('fullText.problems', { count: errors }) : t('fullText.ready')}
        </Badge>
      </Group>
      {rendered.clauses.length ? (
        <Paper withBorder radius="md" p="xl" className="tw-preview" data-testid="full-text">
          {rendered.clauses.map((c) => (
            <ClausePreview key={c.instanceId} clause={c} headingLevel={3} />
          ))}
        </Paper>
      ) : (
        <Text c="dimmed">{t('fullText.empty')}</Text>
      )}
    </Stack>
  );
}

function ClausesEditor({ content }: { content: TenderContent }) {
  const { t } = useTranslation('clauses');
  const { library, language, status, error } = useLibrary();
  const { loadLibrary, changeContent } = useActions();
  // Undo or redo of a clause's change opens that clause.
  const reveal = useReveal();
  const revealed =
    reveal?.screen === 'clauses' && reveal.itemId && content.clauses.some((c) => c.id === reveal.itemId) ? reveal.itemId : null;
  const [tab, setTab] = useState<Tab>(content.clauses.length ? 'tender' : 'library');
  const [selectedId, setSelectedId] = useState<string | null>(revealed);
  const [seenReveal, setSeenReveal] = useState(reveal);
  if (reveal !== seenReveal) {
    setSeenReveal(reveal);
    if (revealed) {
      setTab('tender');
      setSelectedId(revealed);
    }
  }
  const [filters, setFilters] = useState<LibraryFilters>(NO_FILTERS);
  const [editing, setEditing] = useState<{ entry: LibraryClause | null; seq: number } | null>(null);

  useEffect(() => {
    void loadLibrary();
  }, [loadLibrary]);

  if (!library) {
    return (
      <LoadGate
        ready={false}
        failed={status === 'error'}
        loadingLabel={t('screen.loading')}
        failedTitle={t('screen.loadFailed')}
        error={error}
        onRetry={() => void loadLibrary({ force: true })}
      >
        {null}
      </LoadGate>
    );
  }

  const add = (entry: LibraryClause) => {
    const title = currentVersion(entry).title;
    if (content.clauses.length >= CLAUSE_LIMITS.tenderClauses) {
      notifications.show({
        color: 'red',
        title: t('screen.notAdded'),
        message: t('screen.tooMany', { count: CLAUSE_LIMITS.tenderClauses }),
      });
      return;
    }
    const id = newId('cl');
    const buyer = content.buyer.trim();
    const values: ParameterValues = buyer ? { buyer } : {};
    const check = addClause(content.clauses, entry, { id, values });
    if (!check.ok) {
      notifications.show({ color: 'red', title: t('screen.notAdded'), message: check.message });
      return;
    }
    changeContent(null, (c) => {
      const result = addClause(c.clauses, entry, { id, values });
      return result.ok ? { ...c, clauses: result.value } : c;
    });
    setSelectedId(id);
    notifications.show({
      color: 'teal',
      title: t('screen.added', { number: content.clauses.length + 1 }),
      message: t('screen.addedHint', { title }),
    });
  };

  return (
    <>
      <Tabs value={tab} onChange={(v) => setTab((v as Tab | null) ?? 'tender')} keepMounted={false}>
        <Tabs.List aria-label={t('screen.views')} mb="lg">
          <Tabs.Tab value="tender">{t('screen.tabTender', { count: content.clauses.length })}</Tabs.Tab>
          <Tabs.Tab value="library">{t('screen.tabLibrary')}</Tabs.Tab>
          <Tabs.Tab value="leverage">{t('screen.tabLeverage')}</Tabs.Tab>
          <Tabs.Tab value="text">{t('screen.tabText')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="tender">
          <TenderClauses
            content={content}
            library={library.clauses}
            selectedId={selectedId}
            onSelect={setSelectedId}
            onBrowse={() => setTab('library')}
          />
        </Tabs.Panel>
        <Tabs.Panel value="library">
          <LibraryBrowser
            content={content}
            clauses={library.clauses}
            language={language}
            filters={filters}
            onFilters={setFilters}
            onAdd={add}
            onEdit={(entry) => setEditing({ entry, seq: Date.now() })}
          />
        </Tabs.Panel>
        <Tabs.Panel value="leverage">
          <LeverageView content={content} library={library.clauses} onAdd={add} />
        </Tabs.Panel>
        <Tabs.Panel value="text">
          <FullText content={content} />
        </Tabs.Panel>
      </Tabs>
      {editing ? <OwnClauseModal key={editing.seq} entry={editing.entry} opened onClose={() => setEditing(null)} /> : null}
    </>
  );
}

export function ClausesScreen() {
  const { t } = useTranslation('clauses');
  return (
    <Stack gap="lg">
      <ScreenIntro title={t('screen.title')}>{t('screen.intro')}</ScreenIntro>
      <TenderGate>{(content) => <ClausesEditor content={content} />}</TenderGate>
    </Stack>
  );
}
