import { Kbd, Modal, Table, Text } from '@mantine/core';
import { IconKeyboard } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store';
import { shortcutList } from './appShortcuts';
import { FindBar } from './FindBar';
import { TooltipIconButton } from './TooltipIconButton';
import './shortcuts.css';

/** The header's help button: opens the list of keyboard shortcuts (also Ctrl+?). */
export function ShortcutsButton() {
  const { t } = useTranslation('common');
  const show = useAppStore((s) => s.showShortcutPanel);
  return (
    <TooltipIconButton
      tooltip={t('shortcuts.buttonTooltip')}
      icon={IconKeyboard}
      iconSize={18}
      variant="default"
      size="lg"
      aria-label={t('shortcuts.title')}
      aria-keyshortcuts="Control+Shift+?"
      onClick={() => show('shortcuts')}
    />
  );
}

function ShortcutsList() {
  const { t } = useTranslation('common');
  return (
    <Table withRowBorders={false} verticalSpacing={6}>
      <Table.Caption>
        <Text size="sm" c="dimmed" ta="left">
          {t('shortcuts.macNote')}
        </Text>
      </Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('shortcuts.keys')}</Table.Th>
          <Table.Th scope="col">{t('shortcuts.does')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {shortcutList().map((entry) => (
          <Table.Tr key={entry.does}>
            <Table.Td className="tw-shortcut-keys">
              {entry.keys.map((key, index) => (
                <span key={key}>
                  {index > 0 ? ' + ' : null}
                  <Kbd>{key}</Kbd>
                </span>
              ))}
            </Table.Td>
            <Table.Td>{entry.does}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** What the shortcuts open app-wide: the list of shortcuts and the find bar. */
export function ShortcutPanels() {
  const panel = useAppStore((s) => s.shortcutPanel);
  const show = useAppStore((s) => s.showShortcutPanel);
  const { t } = useTranslation('common');
  return (
    <>
      <Modal opened={panel === 'shortcuts'} onClose={() => show(null)} title={t('shortcuts.title')} size="lg">
        <ShortcutsList />
      </Modal>
      {panel === 'find' ? <FindBar onClose={() => show(null)} /> : null}
    </>
  );
}
