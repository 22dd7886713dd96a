import { useEffect, useMemo } from 'react';
import { Button, CloseButton, Drawer, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconBook, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { glossaryEntry, glossaryIn, searchGlossary, type GlossaryEntry, type GlossaryTermId } from '@shared/model/glossary';
import { useGlossaryDrawer } from '../store/glossary';
import { useUiLanguage } from '../store/uiLanguage';
import './glossary.css';

const entryDomId = (id: string) => `glossary-${id}`;

function Entry({ entry, selected, onRelated }: { entry: GlossaryEntry; selected: boolean; onRelated: (id: GlossaryTermId) => void }) {
  const language = useUiLanguage((s) => s.language);
  const { t } = useTranslation('common');
  const headingId = `${entryDomId(entry.id)}-heading`;
  return (
    <li>
      <article className="tw-glossary-entry" id={entryDomId(entry.id)} aria-labelledby={headingId} data-selected={selected}>
        {/* The drawer's focus trap starts on the entry a term asked for. */}
        <Title order={3} size="h5" id={headingId} tabIndex={-1} data-autofocus={selected || undefined}>
          {entry.term}
        </Title>
        <Text size="sm" fw={500} mt={4}>
          {entry.short}
        </Text>
        <Text size="sm" mt={6}>
          {entry.long}
        </Text>
        {entry.related.length ? (
          <Group gap={6} mt="xs" aria-label={t('glossary.relatedTo', { term: entry.term })} role="group">
            <Text size="xs" c="dimmed">
              {t('glossary.related')}
            </Text>
            {entry.related.map((id) => (
              <Button key={id} size="compact-xs" variant="subtle" onClick={() => onRelated(id as GlossaryTermId)}>
                {glossaryEntry(id as GlossaryTermId, language).term}
              </Button>
            ))}
          </Group>
        ) : null}
      </article>
    </li>
  );
}

/** The glossary, in a drawer over any screen: every term, searchable, opened at one entry when a term asks for it. */
export function GlossaryDrawer() {
  const { t } = useTranslation('common');
  const { opened, entryId, request, query, open, close, setQuery } = useGlossaryDrawer();
  const language = useUiLanguage((s) => s.language);
  const results = useMemo(() => searchGlossary(query, glossaryIn(language), language), [query, language]);

  // A term asked for its entry (the store cleared the search): bring that entry into view.
  useEffect(() => {
    if (!opened || !entryId) return;
    const frame = requestAnimationFrame(() => {
      const heading = document.getElementById(`${entryDomId(entryId)}-heading`);
      heading?.scrollIntoView({ block: 'start' });
      heading?.focus({ preventScroll: true });
    });
    return () => cancelAnimationFrame(frame);
  }, [opened, entryId, request]);

  return (
    <Drawer
      opened={opened}
      onClose={close}
      position="right"
      size="md"
      // Above a modal (200) so a term inside a dialog opens its entry in view.
      zIndex={350}
      title={
        <Group gap="xs">
          <IconBook size={18} aria-hidden />
          <span>{t('glossary.title')}</span>
        </Group>
      }
      closeButtonProps={{ 'aria-label': t('glossary.close') }}
    >
      <Stack gap="md">
        <TextInput
          label={t('glossary.search')}
          placeholder={t('glossary.searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value.slice(0, 100))}
          rightSection={query ? <CloseButton size="sm" aria-label={t('glossary.clearSearch')} onClick={() => setQuery('')} /> : null}
          data-autofocus={entryId ? undefined : true}
        />
        <Text size="sm" c="dimmed" role="status" aria-live="polite" data-testid="glossary-count">
          {query.trim()
            ? t('glossary.matching', { count: results.length, query: query.trim() })
            : t('glossary.terms', { count: results.length })}
        </Text>
        {results.length ? (
          <ul className="tw-glossary-list" aria-label={t('glossary.entries')}>
            {results.map((e) => (
              <Entry key={e.id} entry={e} selected={e.id === entryId} onRelated={(id) => open(id)} />
            ))}
          </ul>
        ) : (
          <Text size="sm">{t('glossary.noMatch')}</Text>
        )}
      </Stack>
    </Drawer>
  );
}
