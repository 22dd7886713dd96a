import { Button, Group, Text } from '@mantine/core';
import { notifications, notificationsStore, type NotificationData } from '@mantine/notifications';
import { describeEdit, type EditDescription } from '@shared/rules/editDescription';
import { TENDER_SCREENS, temporalStore, useAppStore, type UndoScreen } from '../store';
import { messageOf } from '../lib/errors';
import { t } from '@shared/i18n';
import { fieldId, lotFieldId, lotTitleId, tenderFieldId } from './fieldIds';

/**
 * Undo and redo that show what they do: on a tender's screens they first take the user to the screen
 * (and lot) the step changes, then undo it, focus the field and say in a toast what was undone, with
 * the opposite action at hand. On the Tenders list and Settings they act on what those screens did.
 * Elsewhere they do nothing, so nothing ever changes out of sight.
 */
export type Direction = 'undo' | 'redo';

const TOAST_ID = 'undo-explained';
const TOAST_MS = 10_000;
const opposite = (direction: Direction): Direction => (direction === 'undo' ? 'redo' : 'undo');

/** One toast for undo and redo: each replaces the one before rather than stacking up. */
function showToast(data: Omit<NotificationData, 'id'>) {
  const { notifications: shown, queue } = notificationsStore.getState();
  const notice = { ...data, id: TOAST_ID };
  if ([...shown, ...queue].some((n) => n.id === TOAST_ID)) notifications.update(notice);
  else notifications.show(notice);
}

function explain(direction: Direction, text: string, again: () => void) {
  showToast({
    autoClose: TOAST_MS,
    color: 'blue',
    message: (
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Text size="sm" data-testid="undo-toast-text">
          {direction === 'undo' ? t('common:undo.undid', { text }) : t('common:undo.redid', { text })}
        </Text>
        <Button size="xs" variant="light" onClick={again}>
          {direction === 'undo' ? t('common:actions.redo') : t('common:actions.undo')}
        </Button>
      </Group>
    ),
  });
}

// ---- the open tender ----

/** The element to focus for a step, when the screen shows it. */
function fieldOf(target: EditDescription): HTMLElement | null {
  const byId = (id: string) => document.getElementById(id);
  const { screen, lotId, itemId, field } = target;
  if (screen === 'details') {
    if (lotId) return byId(lotTitleId(lotId));
    return field ? byId(tenderFieldId(field)) : null;
  }
  if (screen === 'criteria' && lotId) {
    if (itemId) return (field ? byId(fieldId(lotId, itemId, field)) : null) ?? byId(fieldId(lotId, itemId, 'name'));
    return field ? byId(lotFieldId(lotId, field)) : null;
  }
  if (screen === 'clauses' && itemId) {
    const editor = document.querySelector<HTMLElement>(`[data-clause-id="${CSS.escape(itemId)}"]`);
    // The parameter's field, not its value in the preview (which carries the same attribute).
    const name = field ? CSS.escape(field) : null;
    const parameter = name ? editor?.querySelector<HTMLElement>(`:is(input, select, textarea)[data-parameter="${name}"]`) : null;
    return parameter ?? editor?.querySelector<HTMLElement>('h2') ?? null;
  }
  if (screen === 'questions' && itemId) return byId(`sel-q-${itemId}`);
  return null;
}

/** About a second of frames: long enough for a screen or a lot's tab to render, then it gives up. */
const REVEAL_FRAMES = 60;

/** Scrolls to and focuses the field once the screen shows it (it may render a few frames later). */
function revealSoon(target: EditDescription, frames = REVEAL_FRAMES): void {
  requestAnimationFrame(() => {
    const element = fieldOf(target);
    // A heading stands in for a field that is not shown: it takes focus without joining the tab order.
    if (element && !element.hasAttribute('tabindex') && !element.matches('input, textarea, select, button, a[href]'))
      element.setAttribute('tabindex', '-1');
    if (element) {
      element.scrollIntoView({ block: 'center' });
      element.focus();
      useAppStore.getState().requestReveal(null);
      return;
    }
    if (frames > 1) revealSoon(target, frames - 1);
    else useAppStore.getState().requestReveal(null);
  });
}

function stepTender(direction: Direction): void {
  const state = useAppStore.getState();
  if (!state.content || state.conflict || state.readOnly) return;
  const { pastStates, futureStates } = temporalStore.getState();
  const other = (direction === 'undo' ? pastStates : futureStates).at(-1)?.content;
  if (!other) return;
  // Always described from the older content to the newer, so undo and redo name the step alike.
  const described = direction === 'undo' ? describeEdit(other, state.content) : describeEdit(state.content, other);
  if (described && (described.screen !== state.screen || described.lotId)) state.navigate(described.screen, undefined, described.lotId);
  if (described) state.requestReveal(described);
  if (direction === 'undo') state.undo();
  else state.redo();
  if (!described) return;
  revealSoon(described);
  explain(direction, described.text, () => stepTender(opposite(direction)));
}

// ---- the Tenders list and Settings ----

async function stepScreen(screen: UndoScreen, direction: Direction): Promise<void> {
  const state = useAppStore.getState();
  try {
    const step = direction === 'undo' ? await state.undoScreenStep(screen) : await state.redoScreenStep(screen);
    if (!step) return;
    // A delete undone with Ctrl+Z: its own "Undo" notice has nothing left to do.
    if (step.key?.startsWith('delete:')) notifications.hide(`deleted-${step.key.slice('delete:'.length)}`);
    explain(direction, step.label, () => void stepScreen(screen, opposite(direction)));
  } catch (error) {
    showToast({
      color: 'red',
      autoClose: TOAST_MS,
      title: direction === 'undo' ? t('common:undo.couldNotUndo') : t('common:undo.couldNotRedo'),
      message: messageOf(error),
    });
  }
}

const screenStackOf = (screen: string): UndoScreen | null => (screen === 'tenders' || screen === 'settings' ? screen : null);

/** Undo or redo what the current screen did; false when the screen has no undo of its own (nothing happens). */
export function stepOnScreen(direction: Direction): boolean {
  const { screen, content } = useAppStore.getState();
  const stack = screenStackOf(screen);
  if (stack) {
    void stepScreen(stack, direction);
    return true;
  }
  if (TENDER_SCREENS.includes(screen) && content) {
    stepTender(direction);
    return true;
  }
  return false;
}
