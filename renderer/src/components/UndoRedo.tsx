import { Group } from '@mantine/core';
import { IconArrowBackUp, IconArrowForwardUp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { TENDER_SCREENS, useHistory, useOpenTenderId, useScreen, useScreenHistory } from '../store';
import { stepOnScreen } from './undoExplained';
import { TooltipIconButton } from './TooltipIconButton';

const STEPS = [
  {
    step: 'undo',
    label: (t: TFunction) => t('actions.undo'),
    tooltip: (t: TFunction) => t('undo.undoTooltip'),
    keys: 'Control+Z',
    icon: IconArrowBackUp,
  },
  {
    step: 'redo',
    label: (t: TFunction) => t('actions.redo'),
    tooltip: (t: TFunction) => t('undo.redoTooltip'),
    keys: 'Control+Shift+Z Control+Y',
    icon: IconArrowForwardUp,
  },
] as const;

/** The header's Undo and Redo: what Ctrl+Z and Ctrl+Shift+Z do on the current screen. */
export function UndoRedo() {
  const { t } = useTranslation('common');
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
      {STEPS.map(({ step, label, tooltip, keys, icon }) => (
        <TooltipIconButton
          key={step}
          tooltip={tooltip(t)}
          icon={icon}
          iconSize={18}
          variant="default"
          size="lg"
          aria-label={label(t)}
          aria-keyshortcuts={keys}
          disabled={!(step === 'undo' ? canUndo : canRedo)}
          onClick={() => stepOnScreen(step)}
        />
      ))}
    </Group>
  );
}
