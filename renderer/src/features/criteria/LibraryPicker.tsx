import { useEffect, useState } from 'react';
import { Alert, Badge, Button, Group, Loader, Modal, NativeSelect, Stack, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { IconCheck, IconPlus, IconSearch, IconTrash } from '@tabler/icons-react';
import { CRITERION_CATEGORIES, type CriterionCategory } from '@shared/model/criteria';
import type { CriteriaLibraryEntry } from '@shared/model/criteriaLibrary';
import { PRICE_FORMULA_EXPRESSIONS, isPriceFormula } from '@shared/model/scoring';
import { call } from '../../api';
import { useActions, useLibrary, libraryRevision } from '../../store';
import { messageOf } from '../../lib/errors';
import { Trans, useTranslation } from 'react-i18next';
import { categoryLabel, formulaLabel, onlyInLabel } from './labels';
import { percentText } from './percent';
import { shownIn } from '@shared/library/localise';
import type { Language } from '@shared/model/language';

type Source = 'all' | 'builtin' | 'own';

interface Entry {
  entry: CriteriaLibraryEntry;
  own: boolean;
}

function matches(item: Entry, words: string[]): boolean {
  const e = item.entry;
  const text = [e.name, e.description, e.evidence, e.guidance, categoryLabel(e.category), ...(e.tags ?? [])].join(' ').toLowerCase();
  return words.every((w) => text.includes(w));
}

/** The suggested scoring in one line; the scale's descriptors and the guidance open on request. */
function SuggestedScoring({ entry }: { entry: CriteriaLibraryEntry }) {
  const { t } = useTranslation('criteria');
  const s = entry.scoring;
  const more = !isPriceFormula(s) || entry.guidance;
  const line = isPriceFormula(s) ? (
    <>
      <Trans t={t} i18nKey="library.suggestedScoring" values={{ formula: formulaLabel(s.type) }} components={BOLD} />{' '}
      <span className="tw-cr-formula">({PRICE_FORMULA_EXPRESSIONS[s.type]})</span>
    </>
  ) : (
    <Trans t={t} i18nKey="library.suggestedScale" values={{ max: s.max }} components={BOLD} />
  );
  if (!more) return <Text size="sm">{line}</Text>;
  return (
    <details className="tw-cr-lib-scale">
      <summary>
        <Text span size="sm">
          {line}
        </Text>
      </summary>
      {!isPriceFormula(s) ? (
        <ol className="tw-cr-lib-levels" reversed>
          {Array.from({ length: s.max + 1 }, (_, i) => s.max - i).map((level) => (
            <li key={level} value={level}>
              <Text size="sm">{s.descriptors[level]}</Text>
            </li>
          ))}
        </ol>
      ) : null}
      {entry.guidance ? (
        <Text size="sm" c="dimmed" mt={4}>
          <Trans t={t} i18nKey="library.guidance" values={{ guidance: entry.guidance }} components={BOLD} />
        </Text>
      ) : null}
    </details>
  );
}

const BOLD = { b: <strong /> };
const HIDDEN = { hidden: <VisuallyHidden /> };

interface LibraryItemProps {
  item: Entry;
  /** The open tender's language, which the library is shown and added in. */
  language: Language;
  lotTitle: string;
  added: number;
  onAdd: () => void;
}

function LibraryItem({ item, language, lotTitle, added, onAdd }: LibraryItemProps) {
  const { t } = useTranslation('criteria');
  const shown = shownIn(item.entry, language);
  const { applyLibraryView } = useActions();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const e = item.entry;
  const titleId = `lib-${e.id}-title`;

  const remove = async () => {
    setBusy(true);
    try {
      applyLibraryView(await call('library.deleteCriterion', { id: e.id, baseRevision: libraryRevision() }));
    } catch (err) {
      setError(messageOf(err));
      setBusy(false);
    }
  };

  return (
    <li className="tw-cr-lib-item">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
        <Stack gap={4} className="tw-cr-lib-body">
          <Group gap="xs">
            <Text fw={600} id={titleId} lang={shown.shownIn}>
              {e.name}
            </Text>
            <Badge tt="none" variant="light" color="gray" size="sm">
              {categoryLabel(e.category)}
            </Badge>
            {item.own ? (
              <Badge tt="none" variant="light" color="indigo" size="sm">
                {t('library.mine')}
              </Badge>
            ) : null}
            {shown.fallback ? (
              <Badge tt="none" variant="light" color="yellow" size="sm">
                {onlyInLabel(shown.shownIn)}
              </Badge>
            ) : null}
          </Group>
          <Text size="sm" lang={shown.shownIn}>
            {e.description}
          </Text>
          <Text size="sm" c="dimmed">
            <Trans t={t} i18nKey="library.evidence" values={{ evidence: e.evidence }} components={BOLD} />
          </Text>
          <SuggestedScoring entry={e} />
          {error ? (
            <Text size="sm" c="red" role="alert">
              {error}
            </Text>
          ) : null}
        </Stack>
        <Stack gap={6} align="flex-end" className="tw-cr-lib-actions">
          <Button
            size="xs"
            variant={added ? 'light' : 'filled'}
            leftSection={added ? <IconCheck size={14} aria-hidden /> : <IconPlus size={14} aria-hidden />}
            onClick={onAdd}
          >
            {added ? (
              <Trans t={t} i18nKey="library.addAgain" values={{ name: e.name, lot: lotTitle }} components={HIDDEN} />
            ) : (
              <Trans t={t} i18nKey="library.add" values={{ name: e.name, lot: lotTitle }} components={HIDDEN} />
            )}
          </Button>
          {item.own && !confirming ? (
            <Button
              size="xs"
              variant="subtle"
              color="red"
              leftSection={<IconTrash size={14} aria-hidden />}
              onClick={() => setConfirming(true)}
            >
              <Trans t={t} i18nKey="library.delete" values={{ name: e.name }} components={HIDDEN} />
            </Button>
          ) : null}
        </Stack>
      </Group>
      {confirming ? (
        <Group gap="xs" mt="xs" className="tw-cr-lib-confirm" role="group" aria-label={t('library.confirmDeleting', { name: e.name })}>
          <Text size="sm">{t('library.confirmDelete', { name: e.name })}</Text>
          <Button size="xs" color="red" loading={busy} onClick={() => void remove()} data-autofocus>
            {t('library.deleteConfirm')}
          </Button>
          <Button size="xs" variant="default" onClick={() => setConfirming(false)}>
            {t('library.keep')}
          </Button>
        </Group>
      ) : null}
    </li>
  );
}

interface LibraryPickerProps {
  opened: boolean;
  onClose: () => void;
  lotTitle: string;
  onAdd: (entry: CriteriaLibraryEntry) => void;
}

/** Built-in and own criteria, searchable by text and category, each with its suggested scale. */
export function LibraryPicker({ opened, onClose, lotTitle, onAdd }: LibraryPickerProps) {
  const { library, language, status, error } = useLibrary();
  const { loadLibrary } = useActions();
  const [query, setQuery] = useState('');
  const [category, setCategory] = useState<CriterionCategory | 'all'>('all');
  const [source, setSource] = useState<Source>('all');
  const [added, setAdded] = useState<Record<string, number>>({});
  const [announcement, setAnnouncement] = useState('');
  const { t } = useTranslation('criteria');

  useEffect(() => {
    if (opened) void loadLibrary();
  }, [opened, loadLibrary]);

  const all: Entry[] = library
    ? [...library.criteria.own.map((entry) => ({ entry, own: true })), ...library.criteria.builtin.map((entry) => ({ entry, own: false }))]
    : [];
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const shown = all.filter(
    (item) =>
      (category === 'all' || item.entry.category === category) &&
      (source === 'all' || item.own === (source === 'own')) &&
      matches(item, words),
  );

  const add = (entry: CriteriaLibraryEntry) => {
    onAdd(entry);
    setAdded((a) => ({ ...a, [entry.id]: (a[entry.id] ?? 0) + 1 }));
    setAnnouncement(t('library.added', { name: entry.name, lot: lotTitle, weight: percentText(0) }));
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('library.title')} size="xl">
      <Stack gap="sm">
        <Group grow align="flex-end" gap="sm">
          <TextInput
            label={t('library.search')}
            placeholder={t('library.searchPlaceholder')}
            leftSection={<IconSearch size={16} aria-hidden />}
            value={query}
            onChange={(e) => setQuery(e.currentTarget.value)}
            data-autofocus
          />
          <NativeSelect
            label={t('library.category')}
            value={category}
            data={[
              { value: 'all', label: t('library.allCategories') },
              ...CRITERION_CATEGORIES.map((c) => ({ value: c, label: categoryLabel(c) })),
            ]}
            onChange={(e) => setCategory(e.currentTarget.value as CriterionCategory | 'all')}
          />
          <NativeSelect
            label={t('library.source')}
            value={source}
            data={[
              { value: 'all', label: t('library.sourceAll') },
              { value: 'builtin', label: t('library.sourceBuiltin') },
              { value: 'own', label: t('library.mine') },
            ]}
            onChange={(e) => setSource(e.currentTarget.value as Source)}
          />
        </Group>
        <Group justify="space-between" gap="xs">
          <Text size="sm" c="dimmed">
            {library ? t('library.shown', { shown: shown.length, count: all.length }) : ''}
          </Text>
          <Text size="sm" c="teal" role="status">
            {announcement}
          </Text>
        </Group>
        {status === 'error' ? (
          <Alert color="red" title={t('library.loadFailed')}>
            {error}
          </Alert>
        ) : !library ? (
          <Loader size="sm" aria-label={t('library.loading')} />
        ) : shown.length === 0 ? (
          <Text size="sm">{source === 'own' && library.criteria.own.length === 0 ? t('library.ownEmpty') : t('library.noMatch')}</Text>
        ) : (
          <ul className="tw-cr-lib-list" aria-label={t('library.listLabel')}>
            {shown.map((item) => (
              <LibraryItem
                key={`${item.own ? 'own' : 'builtin'}-${item.entry.id}`}
                item={item}
                language={language}
                lotTitle={lotTitle}
                added={added[item.entry.id] ?? 0}
                onAdd={() => add(item.entry)}
              />
            ))}
          </ul>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('library.done')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
