import { ActionIcon, Group, Tooltip } from '@mantine/core';
import { IconArrowBackUp, IconArrowForwardUp } from '@tabler/icons-react';
import { useActions, useHistory, useOpenTenderId } from '../store';

export function UndoRedo() {
  const id = useOpenTenderId();
  const { canUndo, canRedo } = useHistory();
  const { undo, redo } = useActions();
  if (!id) return null;
  return (
    <Group gap={4}>
      <Tooltip label="Undo (Ctrl+Z)">
        <ActionIcon variant="default" size="lg" aria-label="Undo" aria-keyshortcuts="Control+Z" disabled={!canUndo} onClick={undo}>
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
          onClick={redo}
        >
          <IconArrowForwardUp size={18} aria-hidden />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
