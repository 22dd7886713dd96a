import { ActionIcon, Group, Tooltip } from '@mantine/core';
import { IconArrowBackUp, IconArrowForwardUp } from '@tabler/icons-react';
import { TENDER_SCREENS, useHistory, useOpenTenderId, useScreen, useScreenHistory } from '../store';
import { stepOnScreen } from './undoExplained';

/** The header's Undo and Redo: what Ctrl+Z and Ctrl+Shift+Z do on the current screen. */
export function UndoRedo() {
  const id = useOpenTenderId();
  const screen = useScreen();
  const tender = useHistory();
  const tenders = useScreenHistory('tenders');
  const settings = useScreenHistory('settings');
  const { canUndo, canRedo } = screen === 'tenders' ? tenders : screen === 'settings' ? settings : tender;
  const shown = screen === 'tenders' || screen === 'settings' || (Boolean(id) && TENDER_SCREENS.includes(screen));
  if (!shown) return null;
  return (
    <Group gap={4}>
      <Tooltip label="Undo (Ctrl+Z)">
        <ActionIcon
          variant="default"
          size="lg"
          aria-label="Undo"
          aria-keyshortcuts="Control+Z"
          disabled={!canUndo}
          onClick={() => stepOnScreen('undo')}
        >
          <IconArrowBackUp size={18} aria-hidden />
        </ActionIcon>
      </Tooltip>
      <Tooltip label="Redo (Ctrl+Shift+Z)">
        <ActionIcon
          variant="default"
          size="lg"
          aria-label="Redo"
          aria-keyshortcuts="Control+Shift+Z Control+Y"
          disabled={!canRedo}
          onClick={() => stepOnScreen('redo')}
        >
          <IconArrowForwardUp size={18} aria-hidden />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
