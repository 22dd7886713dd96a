import { useEffect, useState } from 'react';
import { Alert, Badge, Button, Group, Loader, Modal, NativeSelect, Stack, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { IconCheck, IconPlus, IconSearch, IconTrash } from '@tabler/icons-react';
import { CATEGORY_LABELS, CRITERION_CATEGORIES, type CriterionCategory } from '@shared/model/criteria';
import type { CriteriaLibraryEntry } from '@shared/model/criteriaLibrary';
import { PRICE_FORMULA_EXPRESSIONS, PRICE_FORMULA_LABELS, isPriceFormula } from '@shared/model/scoring';
import { call } from '../../api';
import { useActions, useLibrary, libraryRevision } from '../../store';
import { messageOf } from '../../lib/errors';

type Source = 'all' | 'builtin' | 'own';

interface Entry {
  entry: CriteriaLibraryEntry;
  own: boolean;
}

function matches(item: Entry, words: string[]): boolean {
  const e = item.entry;
  const text = [e.name, e.description, e.evidence, e.guidance, CATEGORY_LABELS[e.category], ...(e.tags ?? [])].join(' ').toLowerCase();
  return words.every((w) => text.includes(w));
}

/** The suggested scoring in one line; the scale's descriptors and the guidance open on request. */
function SuggestedScoring({ entry }: { entry: CriteriaLibraryEntry }) {
  const s = entry.scoring;
  const more = !isPriceFormula(s) || entry.guidance;
  const line = isPriceFormula(s) ? (
    <>
      <strong>Suggested scoring:</strong> {PRICE_FORMULA_LABELS[s.type]}{' '}
      <span className="tw-cr-formula">({PRICE_FORMULA_EXPRESSIONS[s.type]})</span>
    </>
  ) : (
    <>
      <strong>Suggested scale:</strong> 0 to {s.max}, with a descriptor for every score
    </>
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
          <strong>Guidance:</strong> {entry.guidance}
        </Text>
      ) : null}
    </details>
  );
}

function LibraryItem({ item, lotTitle, added, onAdd }: { item: Entry; lotTitle: string; added: number; onAdd: () => void }) {
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
            <Text fw={600} id={titleId}>
              {e.name}
            </Text>
            <Badge tt="none" variant="light" color="gray" size="sm">
              {CATEGORY_LABELS[e.category]}
            </Badge>
            {item.own ? (
              <Badge tt="none" variant="light" color="indigo" size="sm">
                My library
              </Badge>
            ) : null}
          </Group>
          <Text size="sm">{e.description}</Text>
          <Text size="sm" c="dimmed">
            <strong>Evidence:</strong> {e.evidence}
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
            {added ? 'Add again' : 'Add'}
            <VisuallyHidden>
              {' '}
              “{e.name}” to {lotTitle}
            </VisuallyHidden>
          </Button>
          {item.own && !confirming ? (
            <Button
              size="xs"
              variant="subtle"
              color="red"
              leftSection={<IconTrash size={14} aria-hidden />}
              onClick={() => setConfirming(true)}
            >
              Delete…<VisuallyHidden> “{e.name}” from my library</VisuallyHidden>
            </Button>
          ) : null}
        </Stack>
      </Group>
      {confirming ? (
        <Group gap="xs" mt="xs" className="tw-cr-lib-confirm" role="group" aria-label={`Confirm deleting “${e.name}”`}>
          <Text size="sm">Delete “{e.name}” from your library? Criteria already in tenders keep their copy.</Text>
          <Button size="xs" color="red" loading={busy} onClick={() => void remove()} data-autofocus>
            Delete from my library
          </Button>
          <Button size="xs" variant="default" onClick={() => setConfirming(false)}>
            Keep it
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
  const { library, status, error } = useLibrary();
  const { loadLibrary } = useActions();
  const [query, setQuery] = useState('');
  const [category, setCategory] = useState<CriterionCategory | 'all'>('all');
  const [source, setSource] = useState<Source>('all');
  const [added, setAdded] = useState<Record<string, number>>({});
  const [announcement, setAnnouncement] = useState('');

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
    setAnnouncement(`“${entry.name}” was added to ${lotTitle} with a weight of 0.00%. Give it a weight once you close the library.`);
  };

  return (
    <Modal opened={opened} onClose={onClose} title="Add criteria from the library" size="xl">
      <Stack gap="sm">
        <Group grow align="flex-end" gap="sm">
          <TextInput
            label="Search"
            placeholder="e.g. grievance, repair, factory"
            leftSection={<IconSearch size={16} aria-hidden />}
            value={query}
            onChange={(e) => setQuery(e.currentTarget.value)}
            data-autofocus
          />
          <NativeSelect
            label="Category"
            value={category}
            data={[
              { value: 'all', label: 'All categories' },
              ...CRITERION_CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABELS[c] })),
            ]}
            onChange={(e) => setCategory(e.currentTarget.value as CriterionCategory | 'all')}
          />
          <NativeSelect
            label="Source"
            value={source}
            data={[
              { value: 'all', label: 'Built-in and mine' },
              { value: 'builtin', label: 'Built-in' },
              { value: 'own', label: 'My library' },
            ]}
            onChange={(e) => setSource(e.currentTarget.value as Source)}
          />
        </Group>
        <Group justify="space-between" gap="xs">
          <Text size="sm" c="dimmed">
            {library ? `${shown.length} of ${all.length} criteria shown` : ''}
          </Text>
          <Text size="sm" c="teal" role="status">
            {announcement}
          </Text>
        </Group>
        {status === 'error' ? (
          <Alert color="red" title="The library could not be loaded">
            {error}
          </Alert>
        ) : !library ? (
          <Loader size="sm" aria-label="Loading the library" />
        ) : shown.length === 0 ? (
          <Text size="sm">
            {source === 'own' && library.criteria.own.length === 0
              ? 'Your library is empty. Use “Save to my library…” on a criterion to keep it for later tenders.'
              : 'No criteria match. Try other words or another category.'}
          </Text>
        ) : (
          <ul className="tw-cr-lib-list" aria-label="Library criteria">
            {shown.map((item) => (
              <LibraryItem
                key={`${item.own ? 'own' : 'builtin'}-${item.entry.id}`}
                item={item}
                lotTitle={lotTitle}
                added={added[item.entry.id] ?? 0}
                onAdd={() => add(item.entry)}
              />
            ))}
          </ul>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Done
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
