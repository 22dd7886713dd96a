import type { ReactNode } from 'react';
import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications, type NotificationData } from '@mantine/notifications';
import { removalQuestion, type RemovalSubject } from '@shared/rules/removal';
import { messageOf } from '../lib/errors';
import { t } from '@shared/i18n';

interface Confirmation {
  title: string;
  /** A string is shown as one paragraph. */
  message: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  onConfirm: () => void;
}

/** Asks before something that cannot simply be taken back; the red button does it. */
export function askToConfirm({ title, message, confirmLabel, cancelLabel = t('common:actions.cancel'), onConfirm }: Confirmation): void {
  modals.openConfirmModal({
    title,
    children: typeof message === 'string' ? <Text size="sm">{message}</Text> : message,
    labels: { confirm: confirmLabel, cancel: cancelLabel },
    confirmProps: { color: 'red.9' },
    onConfirm,
  });
}

const REMOVAL_TITLE: Record<RemovalSubject, () => string> = {
  Lot: () => t('common:confirm.removeLot'),
  Bidder: () => t('common:confirm.removeBidder'),
  Question: () => t('common:confirm.removeQuestion'),
  Clause: () => t('common:confirm.removeClause'),
};

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
  askToConfirm({
    title: REMOVAL_TITLE[subject](),
    message: question,
    confirmLabel: t('common:actions.remove'),
    cancelLabel: t('common:actions.keepIt'),
    onConfirm: remove,
  });
}

export interface DeleteConfirmation<T> extends Omit<Confirmation, 'onConfirm' | 'confirmLabel'> {
  confirmLabel?: string;
  /** Does the deletion once the user agrees. */
  remove: () => Promise<T>;
  /** The notice once it is done, e.g. with an Undo button. */
  deleted: (result: T) => NotificationData;
  /** The notice's title when it fails; the message says why. */
  failedTitle: string;
  /** Called when the deletion starts and once it has finished either way (e.g. a row's busy state). */
  onBusy?: (busy: boolean) => void;
}

/** Asks before deleting, deletes, then says so (or why it could not). */
export function confirmDelete<T>({
  remove,
  deleted,
  failedTitle,
  onBusy,
  confirmLabel = t('common:actions.delete'),
  ...question
}: DeleteConfirmation<T>): void {
  askToConfirm({
    ...question,
    confirmLabel,
    onConfirm: () => {
      void (async () => {
        onBusy?.(true);
        try {
          notifications.show(deleted(await remove()));
        } catch (error) {
          notifications.show({ color: 'red', title: failedTitle, message: messageOf(error) });
        } finally {
          onBusy?.(false);
        }
      })();
    },
  });
}
