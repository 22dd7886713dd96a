import { useState } from 'react';
import { ActionIcon, Badge, Button, Checkbox, Group, Menu, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArchive, IconCopy, IconDots, IconPencil, IconPlus, IconRestore, IconSearch, IconTrash } from '@tabler/icons-react';
import { LibraryHeading } from '../../components/ScreenHeading';
import {
  createInstance,
  currentVersion,
  duplicateClause,
  orderedInstances,
  reactivateClause,
  renderClause,
  retireClause,
  searchClauses,
  type ClauseQuery,
} from '@shared/clauses';
import {
  CLAUSE_PURPOSE_LABELS,
  CLAUSE_TOPIC_LABELS,
  MOMENT_LABELS,
  type ClausePurpose,
  type ClauseTopic,
  type LeverageCategory,
  type LibraryClause,
  type MomentOfTraction,
} from '@shared/model/clauses';
import type { TenderContent } from '@shared/model/tender';
import { call } from '../../api';
import { useActions, libraryRevision } from '../../store';
import { messageOf } from '../../lib/errors';
import { confirmDelete } from '../../components/confirm';
import { ClausePreview } from './ClausePreview';
import { LEVERAGE_TERMS, leverageOptions, leverageShort, momentOptions, purposeOptions, topicOptions } from './labels';
import { Term } from '../../components/Term';

type OriginFilter = 'all' | 'builtin' | 'own';

function LibraryCard({
  entry,
  content,
  onAdd,
  onEdit,
  basedOnTitle,
}: {
  entry: LibraryClause;
  content: TenderContent;
  basedOnTitle?: string;
  onAdd: (entry: LibraryClause) => void;
  onEdit: (entry: LibraryClause) => void;
}) {
  const { applyLibraryView } = useActions();
  const [showText, setShowText] = useState(false);
  const [busy, setBusy] = useState(false);
  const t = currentVersion(entry);
  const titleId = `lib-${entry.id}`;
  const ordered = orderedInstances(content.clauses);
  const usedAt = ordered.map((inst, i) => (inst.templateId === entry.id ? i + 1 : 0)).filter(Boolean);
  const retired = entry.status === 'retired';
  const own = entry.origin === 'own';

  const save = async (clause: LibraryClause, done: string) => {
    setBusy(true);
    try {
      applyLibraryView(await call('library.saveClause', { clause, baseRevision: libraryRevision() }));
      notifications.show({ color: 'teal', title: done, message: `“${currentVersion(clause).title}”` });
    } catch (error) {
      notifications.show({ color: 'red', title: 'The library was not changed', message: messageOf(error) });
    } finally {
      setBusy(false);
    }
  };

  const duplicate = async () => {
    setBusy(true);
    try {
      const copy = duplicateClause(entry);
      applyLibraryView(await call('library.saveClause', { clause: copy, baseRevision: libraryRevision() }));
      notifications.show({
        color: 'teal',
        title: 'Copied into your library',
        message: `“${t.title}” is now in your own library as version 1. Edit it there to adapt the wording.`,
      });
    } catch (error) {
      notifications.show({ color: 'red', title: 'The clause was not copied', message: messageOf(error) });
    } finally {
      setBusy(false);
    }
  };

  const askToDelete = () =>
    confirmDelete({
      title: 'Delete clause from your library?',
      message: (
        <Stack gap="xs">
          <Text size="sm">“{t.title}” and all its versions will be removed from your library.</Text>
          <Text size="sm">
            {usedAt.length
              ? `This tender uses it as clause ${usedAt.join(', ')}; the tender keeps its own copy, so its text does not change.`
              : 'Tenders that use it keep their own copy, so their text does not change.'}
          </Text>
        </Stack>
      ),
      remove: async () => applyLibraryView(await call('library.deleteClause', { id: entry.id, baseRevision: libraryRevision() })),
      deleted: () => ({ color: 'teal', title: 'Clause deleted from your library', message: `“${t.title}”. Tenders keep their copies.` }),
      failedTitle: 'The clause was not deleted',
    });

  const preview = showText
    ? renderClause(
        createInstance(t, {
          order: 0,
          origin: entry.origin,
          id: 'preview',
          values: content.buyer.trim() ? { buyer: content.buyer.trim() } : {},
        }),
        ordered.length + 1,
      )
    : null;

  return (
    <li>
      <Paper withBorder radius="md" p="md" component="article" aria-labelledby={titleId} data-testid="library-clause">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <div className="tw-row-main">
            <Title order={3} size="h5" id={titleId}>
              {t.title}
            </Title>
            <Group gap={4} mt={6} className="tw-tags">
              <Badge size="sm" variant="light" color={own ? 'violet' : 'gray'}>
                {own ? 'Own library' : 'Built-in'}
              </Badge>
              <Badge size="sm" variant="outline" color="gray">
                Version {t.version}
              </Badge>
              {retired ? (
                <Badge size="sm" variant="filled" color="gray.7">
                  Retired
                </Badge>
              ) : null}
              <Badge size="sm" variant="light" color="indigo">
                {CLAUSE_TOPIC_LABELS[t.tags.topic]}
              </Badge>
              <Badge size="sm" variant="light" color="cyan">
                <Term id={LEVERAGE_TERMS[t.tags.leverage]}>{leverageShort(t.tags.leverage)}</Term>
              </Badge>
              <Badge size="sm" variant="light" color="grape">
                <Term id="clause-purpose">{CLAUSE_PURPOSE_LABELS[t.tags.purpose]}</Term>
              </Badge>
            </Group>
          </div>
          <Group gap="xs" wrap="nowrap">
            <Button
              size="xs"
              leftSection={<IconPlus size={14} aria-hidden />}
              disabled={retired}
              aria-describedby={titleId}
              onClick={() => onAdd(entry)}
            >
              Add to tender
            </Button>
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <ActionIcon variant="default" size="md" aria-label={`More actions for ${t.title}`} loading={busy}>
                  <IconDots size={16} aria-hidden />
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item leftSection={<IconCopy size={16} aria-hidden />} onClick={() => void duplicate()}>
                  Duplicate into your library
                </Menu.Item>
                {own ? (
                  <>
                    <Menu.Item leftSection={<IconPencil size={16} aria-hidden />} disabled={retired} onClick={() => onEdit(entry)}>
                      Edit…
                    </Menu.Item>
                    {retired ? (
                      <Menu.Item
                        leftSection={<IconRestore size={16} aria-hidden />}
                        onClick={() => void save(reactivateClause(entry), 'Clause reactivated')}
                      >
                        Reactivate
                      </Menu.Item>
                    ) : (
                      <Menu.Item
                        leftSection={<IconArchive size={16} aria-hidden />}
                        onClick={() => void save(retireClause(entry), 'Clause retired')}
                      >
                        Retire
                      </Menu.Item>
                    )}
                    <Menu.Divider />
                    <Menu.Item className="tw-menu-danger" leftSection={<IconTrash size={16} aria-hidden />} onClick={askToDelete}>
                      Delete…
                    </Menu.Item>
                  </>
                ) : null}
              </Menu.Dropdown>
            </Menu>
          </Group>
        </Group>
        <Text size="sm" mt="xs" c="dimmed" lineClamp={showText ? undefined : 2}>
          {t.guidance}
        </Text>
        <Text size="xs" c="dimmed" mt={6}>
          <Term id="moment-of-traction">Moments of traction</Term>: {t.tags.moments.map((m) => MOMENT_LABELS[m]).join(', ')}
          {entry.basedOn ? ` · Based on “${basedOnTitle ?? entry.basedOn.templateId}” version ${entry.basedOn.version}` : ''}
          {entry.versions.length > 1 ? ` · ${entry.versions.length} versions kept` : ''}
          {usedAt.length ? ` · In this tender as clause ${usedAt.join(', ')}` : ''}
          {retired ? ' · Retired: cannot be added to tenders; tenders using it keep their copy' : ''}
        </Text>
        <Button
          size="compact-xs"
          variant="subtle"
          mt={6}
          aria-expanded={showText}
          onClick={() => setShowText((s) => !s)}
          aria-describedby={titleId}
        >
          {showText ? 'Hide text' : 'Show text'}
        </Button>
        {preview ? (
          <Paper bg="var(--tw-inset)" p="sm" mt={6} radius="sm" className="tw-preview">
            <ClausePreview clause={preview} headingLevel={4} />
          </Paper>
        ) : null}
      </Paper>
    </li>
  );
}

/** Browse and search the built-in and own clause libraries, add clauses, and manage the own library. */
/** The library's search and filters; kept by the screen so switching tabs does not lose them. */
export interface LibraryFilters {
  text: string;
  topic: ClauseTopic | '';
  leverage: LeverageCategory | '';
  purpose: ClausePurpose | '';
  moment: MomentOfTraction | '';
  origin: OriginFilter;
  includeRetired: boolean;
}

export const NO_FILTERS: LibraryFilters = {
  text: '',
  topic: '',
  leverage: '',
  purpose: '',
  moment: '',
  origin: 'all',
  includeRetired: false,
};

/** The four category filters: each narrows the list to one value, or shows all. */
const FILTER_SELECTS = [
  { key: 'topic', label: 'Topic', all: 'All topics', options: topicOptions },
  { key: 'leverage', label: 'Leverage category', all: 'All categories', options: leverageOptions },
  { key: 'purpose', label: 'Purpose', all: 'All purposes', options: purposeOptions },
  { key: 'moment', label: 'Moment of traction', all: 'All moments', options: momentOptions },
] as const;

export function LibraryBrowser({
  content,
  clauses,
  filters,
  onFilters,
  onAdd,
  onEdit,
}: {
  content: TenderContent;
  clauses: readonly LibraryClause[];
  filters: LibraryFilters;
  onFilters: (next: LibraryFilters) => void;
  onAdd: (entry: LibraryClause) => void;
  onEdit: (entry: LibraryClause | null) => void;
}) {
  const { text, topic, leverage, purpose, moment, origin, includeRetired } = filters;
  const set = (patch: Partial<LibraryFilters>) => onFilters({ ...filters, ...patch });
  const setText = (v: string) => set({ text: v });
  const setOrigin = (v: OriginFilter) => set({ origin: v });
  const setIncludeRetired = (v: boolean) => set({ includeRetired: v });

  const query: ClauseQuery = {
    text,
    ...(topic ? { topic } : {}),
    ...(leverage ? { leverage } : {}),
    ...(purpose ? { purpose } : {}),
    ...(moment ? { moment } : {}),
    ...(origin !== 'all' ? { origin } : {}),
    includeRetired,
  };
  const results = searchClauses(clauses, query);
  const titles = new Map(clauses.map((c) => [c.id, currentVersion(c).title]));
  const filtered = Boolean(text || topic || leverage || purpose || moment || origin !== 'all');
  const clear = () => onFilters({ ...NO_FILTERS, includeRetired });

  return (
    <Stack gap="md">
      <LibraryHeading title="Clause library" addLabel="New clause…" onAdd={() => onEdit(null)}>
        Built-in clauses and your team’s own versions. A tender keeps a copy of each clause it uses, so changing the library never changes a
        tender by itself.
      </LibraryHeading>
      <Paper withBorder radius="md" p="md" role="search" aria-label="Search the clause library" data-native-undo>
        <div className="tw-filter-search">
          <TextInput
            label="Search clauses"
            placeholder="Words in the title, text or guidance"
            leftSection={<IconSearch size={16} aria-hidden />}
            value={text}
            onChange={(e) => setText(e.currentTarget.value.slice(0, 200))}
            type="search"
          />
          <NativeSelect
            label="Library"
            value={origin}
            onChange={(e) => setOrigin(e.currentTarget.value as OriginFilter)}
            data={[
              { value: 'all', label: 'Built-in and own' },
              { value: 'builtin', label: 'Built-in only' },
              { value: 'own', label: 'Own library only' },
            ]}
          />
          <Checkbox
            mb={8}
            label="Show retired clauses"
            checked={includeRetired}
            onChange={(e) => setIncludeRetired(e.currentTarget.checked)}
          />
        </div>
        <div className="tw-filter-bar">
          {FILTER_SELECTS.map(({ key, label, all, options }) => (
            <NativeSelect
              key={key}
              label={label}
              value={filters[key]}
              onChange={(e) => set({ [key]: e.currentTarget.value })}
              data={[{ value: '', label: all }, ...options]}
            />
          ))}
        </div>
      </Paper>
      <Group justify="space-between">
        <Text size="sm" role="status" aria-live="polite" data-testid="library-count">
          {results.length === 1 ? '1 clause' : `${results.length} clauses`}
          {filtered ? ` match (of ${clauses.length})` : ''}
        </Text>
        {filtered ? (
          <Button size="compact-sm" variant="subtle" onClick={clear}>
            Clear search and filters
          </Button>
        ) : null}
      </Group>
      {results.length ? (
        <ul className="tw-card-list" aria-label="Library clauses">
          {results.map((entry) => (
            <LibraryCard
              key={entry.id}
              entry={entry}
              content={content}
              onAdd={onAdd}
              onEdit={(e) => onEdit(e)}
              basedOnTitle={entry.basedOn ? titles.get(entry.basedOn.templateId) : undefined}
            />
          ))}
        </ul>
      ) : (
        <Text size="sm" c="dimmed">
          No clause matches. Try fewer words or clear the filters.
        </Text>
      )}
    </Stack>
  );
}
