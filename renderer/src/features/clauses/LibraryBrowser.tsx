import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { Button, Checkbox, Group, NativeSelect, Paper, Stack, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { LibraryHeading } from '../../components/ScreenHeading';
import { currentVersion, searchClauses, type ClauseQuery } from '@shared/clauses';
import type { ClausePurpose, ClauseTopic, LeverageCategory, LibraryClause, MomentOfTraction } from '@shared/model/clauses';
import type { TenderContent } from '@shared/model/tender';
import type { Language } from '@shared/model/language';
import { LibraryCard } from './LibraryCard';
import { leverageOptions, momentOptions, purposeOptions, topicOptions } from './labels';

type OriginFilter = 'all' | 'builtin' | 'own';

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
const filterSelects = (t: TFunction) =>
  [
    { key: 'topic', label: t('clauses:tags.topic'), all: t('clauses:library.allTopics'), options: topicOptions() },
    { key: 'leverage', label: t('clauses:tags.leverage'), all: t('clauses:library.allCategories'), options: leverageOptions() },
    { key: 'purpose', label: t('clauses:tags.purpose'), all: t('clauses:library.allPurposes'), options: purposeOptions() },
    { key: 'moment', label: t('clauses:library.moment'), all: t('clauses:library.allMoments'), options: momentOptions() },
  ] as const;

export function LibraryBrowser({
  content,
  clauses,
  language,
  filters,
  onFilters,
  onAdd,
  onEdit,
}: {
  content: TenderContent;
  clauses: readonly LibraryClause[];
  /** The open tender's language: the clauses are shown, and added, in it. */
  language: Language;
  filters: LibraryFilters;
  onFilters: (next: LibraryFilters) => void;
  onAdd: (entry: LibraryClause) => void;
  onEdit: (entry: LibraryClause | null) => void;
}) {
  const { t } = useTranslation('clauses');
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
      <LibraryHeading title={t('library.title')} addLabel={t('library.new')} onAdd={() => onEdit(null)}>
        {t('library.intro')}
      </LibraryHeading>
      <Paper withBorder radius="md" p="md" role="search" aria-label={t('library.searchRegion')} data-native-undo>
        <div className="tw-filter-search">
          <TextInput
            label={t('library.search')}
            placeholder={t('library.searchPlaceholder')}
            leftSection={<IconSearch size={16} aria-hidden />}
            value={text}
            onChange={(e) => setText(e.currentTarget.value.slice(0, 200))}
            type="search"
          />
          <NativeSelect
            label={t('library.origin')}
            value={origin}
            onChange={(e) => setOrigin(e.currentTarget.value as OriginFilter)}
            data={[
              { value: 'all', label: t('library.originAll') },
              { value: 'builtin', label: t('library.originBuiltin') },
              { value: 'own', label: t('library.originOwn') },
            ]}
          />
          <Checkbox
            mb={8}
            label={t('library.showRetired')}
            checked={includeRetired}
            onChange={(e) => setIncludeRetired(e.currentTarget.checked)}
          />
        </div>
        <div className="tw-filter-bar">
          {filterSelects(t).map(({ key, label, all, options }) => (
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
          {filtered
            ? t('library.countFiltered', { count: results.length, total: clauses.length })
            : t('library.count', { count: results.length })}
        </Text>
        {filtered ? (
          <Button size="compact-sm" variant="subtle" onClick={clear}>
            {t('library.clear')}
          </Button>
        ) : null}
      </Group>
      {results.length ? (
        <ul className="tw-card-list" aria-label={t('library.list')}>
          {results.map((entry) => (
            <LibraryCard
              key={entry.id}
              entry={entry}
              content={content}
              language={language}
              onAdd={onAdd}
              onEdit={(e) => onEdit(e)}
              basedOnTitle={entry.basedOn ? titles.get(entry.basedOn.templateId) : undefined}
            />
          ))}
        </ul>
      ) : (
        <Text size="sm" c="dimmed">
          {t('library.noMatch')}
        </Text>
      )}
    </Stack>
  );
}
