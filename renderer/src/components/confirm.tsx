import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { removalQuestion, type RemovalSubject } from '@shared/rules/removal';

interface Confirmation {
  title: string;
  message: string;
  confirmLabel: string;
  cancelLabel?: string;
  onConfirm: () => void;
}

/** Asks before something that cannot simply be taken back; the red button does it. */
export function askToConfirm({ title, message, confirmLabel, cancelLabel = 'Cancel', onConfirm }: Confirmation): void {
  modals.openConfirmModal({
    title,
    children: <Text size="sm">{message}</Text>,
    labels: { confirm: confirmLabel, cancel: cancelLabel },
    confirmProps: { color: 'red.9' },
    onConfirm,
  });
}

/**
 * Removes an item from the tender, first asking when it holds something (`parts`, e.g. "3 imported
 * workbooks"), naming what goes and where it can be found again. An empty item goes in one click.
 */
export function confirmRemoval(subject: RemovalSubject, name: string, parts: readonly string[], remove: () => void): void {
  const question = removalQuestion(subject, name, parts);
  if (!question) {
    remove();
    return;
  }
  askToConfirm({ title: `Remove this ${subject.toLowerCase()}?`, message: question, confirmLabel: 'Remove', cancelLabel: 'Keep it', onConfirm: remove });
}
