import { Kbd, Modal, Table, Text } from '@mantine/core';
import { IconKeyboard } from '@tabler/icons-react';
import { useAppStore } from '../store';
import { SHORTCUT_LIST } from './appShortcuts';
import { FindBar } from './FindBar';
import { TooltipIconButton } from './TooltipIconButton';
import './shortcuts.css';

/** The header's help button: opens the list of keyboard shortcuts (also Ctrl+?). */
export function ShortcutsButton() {
  const show = useAppStore((s) => s.showShortcutPanel);
  return (
    <TooltipIconButton
      tooltip="Keyboard shortcuts (Ctrl+?)"
      icon={IconKeyboard}
      iconSize={18}
      variant="default"
      size="lg"
      aria-label="Keyboard shortcuts"
      aria-keyshortcuts="Control+Shift+?"
      onClick={() => show('shortcuts')}
    />
  );
}

function ShortcutsList() {
  return (
    <Table withRowBorders={false} verticalSpacing={6}>
      <Table.Caption>
        <Text size="sm" c="dimmed" ta="left">
          On a Mac, use ⌘ (Command) where Ctrl is written. In a dialog only Save works; the dialog keeps the other keys.
        </Text>
      </Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Keys</Table.Th>
          <Table.Th scope="col">What they do</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {SHORTCUT_LIST.map((entry) => (
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
  return (
    <>
      <Modal opened={panel === 'shortcuts'} onClose={() => show(null)} title="Keyboard shortcuts" size="lg">
        <ShortcutsList />
      </Modal>
      {panel === 'find' ? <FindBar onClose={() => show(null)} /> : null}
    </>
  );
}
