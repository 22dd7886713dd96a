import { Group } from '@mantine/core';
import { IconArrowBackUp, IconArrowForwardUp } from '@tabler/icons-react';
import { TENDER_SCREENS, useHistory, useOpenTenderId, useScreen, useScreenHistory } from '../store';
import { stepOnScreen } from './undoExplained';
import { TooltipIconButton } from './TooltipIconButton';

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
      <TooltipIconButton
        tooltip="Undo (Ctrl+Z)"
        icon={IconArrowBackUp}
        iconSize={18}
        variant="default"
        size="lg"
        aria-label="Undo"
        aria-keyshortcuts="Control+Z"
        disabled={!canUndo}
        onClick={() => stepOnScreen('undo')}
      />
      <TooltipIconButton
        tooltip="Redo (Ctrl+Shift+Z)"
        icon={IconArrowForwardUp}
        iconSize={18}
        variant="default"
        size="lg"
        aria-label="Redo"
        aria-keyshortcuts="Control+Shift+Z Control+Y"
        disabled={!canRedo}
        onClick={() => stepOnScreen('redo')}
      />
    </Group>
  );
}
