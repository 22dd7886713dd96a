import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Button, Popover, Text } from '@mantine/core';
import { IconBook } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { glossaryEntry, type GlossaryTermId } from '@shared/model/glossary';
import { useGlossaryDrawer } from '../store/glossary';
import { useUiLanguage } from '../store/uiLanguage';
import './glossary.css';

/**
 * A word the glossary explains: underlined with dots; clicking it (or Enter/Space on it) shows the short
 * definition with a way into the full entry. A span with role="button" rather than a <button>, so it
 * keeps working while the frame's fieldset disables a read-only tender's controls.
 */
export function Term({ id, children }: { id: GlossaryTermId; children: ReactNode }) {
  const { t } = useTranslation('common');
  const entry = glossaryEntry(
    id,
    useUiLanguage((s) => s.language),
  );
  const [opened, setOpened] = useState(false);
  // Handing over to the glossary: focus goes to its entry, not back to the word.
  const [handedOver, setHandedOver] = useState(false);
  const openGlossary = useGlossaryDrawer((s) => s.open);
  const titleId = useId();

  const toggle = () => {
    setHandedOver(false);
    setOpened((o) => !o);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      toggle();
    }
  };

  return (
    <Popover opened={opened} onChange={setOpened} width={320} position="top" withArrow shadow="md" trapFocus returnFocus={!handedOver}>
      <Popover.Target>
        <span
          role="button"
          tabIndex={0}
          className="tw-term"
          data-term={id}
          aria-expanded={opened}
          aria-haspopup="dialog"
          aria-description={t('term.explained')}
          onClick={toggle}
          onKeyDown={onKeyDown}
        >
          {children}
        </span>
      </Popover.Target>
      <Popover.Dropdown aria-labelledby={titleId} data-testid="term-popover">
        <Text id={titleId} fw={600} size="sm">
          {entry.term}
        </Text>
        <Text size="sm" mt={4}>
          {entry.short}
        </Text>
        <Button
          mt="xs"
          size="compact-sm"
          variant="light"
          leftSection={<IconBook size={14} aria-hidden />}
          onClick={() => {
            setHandedOver(true);
            setOpened(false);
            openGlossary(id);
          }}
        >
          {t('term.readMore')}
        </Button>
      </Popover.Dropdown>
    </Popover>
  );
}
