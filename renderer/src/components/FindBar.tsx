import { useEffect, useMemo, useState } from 'react';
import { Group, Paper, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IconChevronDown, IconChevronUp, IconX } from '@tabler/icons-react';
import { TooltipIconButton } from './TooltipIconButton';

const MATCHES = 'tw-find';
const CURRENT = 'tw-find-current';

/** Ranges of every case-insensitive occurrence of `query` in the screen's visible text. */
function findRanges(query: string): Range[] {
  const root = document.getElementById('main');
  const needle = query.trim().toLowerCase();
  if (!root || !needle) return [];
  const ranges: Range[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('[aria-hidden="true"], script, style') || parent.getClientRects().length === 0) continue;
    const text = (node.nodeValue ?? '').toLowerCase();
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      ranges.push(range);
    }
  }
  return ranges;
}

/**
 * Finds text on screens without a search box of their own: every match is highlighted (the CSS
 * Custom Highlight API, so the page's own markup is never touched), Enter steps through them.
 */
export function FindBar({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('common');
  const [query, setQuery] = useState('');
  const [current, setCurrent] = useState(0);
  const ranges = useMemo(() => findRanges(query), [query]);
  const at = ranges.length ? current % ranges.length : 0;

  useEffect(() => {
    CSS.highlights.set(MATCHES, new Highlight(...ranges));
    const shown = ranges[at];
    if (shown) {
      CSS.highlights.set(CURRENT, new Highlight(shown));
      shown.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    } else CSS.highlights.delete(CURRENT);
  }, [ranges, at]);

  useEffect(
    () => () => {
      CSS.highlights.delete(MATCHES);
      CSS.highlights.delete(CURRENT);
    },
    [],
  );

  const step = (by: number) => ranges.length && setCurrent((at + by + ranges.length) % ranges.length);
  const count = !query.trim() ? '' : ranges.length ? t('find.position', { at: at + 1, total: ranges.length }) : t('find.noMatches');

  return (
    <Paper className="tw-find-bar" role="search" aria-label={t('find.label')} withBorder shadow="md" p="xs">
      <Group gap="xs" wrap="nowrap">
        <TextInput
          aria-label={t('find.label')}
          placeholder={t('find.label')}
          size="xs"
          autoFocus
          value={query}
          onChange={(event) => {
            setQuery(event.currentTarget.value);
            setCurrent(0);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') step(event.shiftKey ? -1 : 1);
            if (event.key === 'Escape') onClose();
          }}
        />
        <Text size="xs" c="dimmed" aria-live="polite" miw={70} data-testid="find-count">
          {count}
        </Text>
        <TooltipIconButton
          tooltip={t('find.previous')}
          icon={IconChevronUp}
          variant="subtle"
          aria-label={t('find.previous')}
          onClick={() => step(-1)}
        />
        <TooltipIconButton
          tooltip={t('find.next')}
          icon={IconChevronDown}
          variant="subtle"
          aria-label={t('find.next')}
          onClick={() => step(1)}
        />
        <TooltipIconButton tooltip={t('find.closeTooltip')} icon={IconX} variant="subtle" aria-label={t('find.close')} onClick={onClose} />
      </Group>
    </Paper>
  );
}
