import type { ReactNode } from 'react';
import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications, type NotificationData } from '@mantine/notifications';
import type { RemovalSubject } from '@shared/rules/removal';
import { RETENTION_DAYS } from '@shared/model/deleted';
import { messageOf } from '../lib/errors';
import { currentLanguage, t } from '@shared/i18n';

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

type QuestionValues = Record<'name' | 'parts' | 'days', string | number>;

// A whole sentence per subject, named or not, so each language words it (and agrees it) its own way.
const REMOVAL_QUESTION: Record<RemovalSubject, { named: (v: QuestionValues) => string; unnamed: (v: QuestionValues) => string }> = {
  Lot: { named: (v) => t('common:confirm.lotNamed', v), unnamed: (v) => t('common:confirm.lotUnnamed', v) },
  Bidder: { named: (v) => t('common:confirm.bidderNamed', v), unnamed: (v) => t('common:confirm.bidderUnnamed', v) },
  Question: { named: (v) => t('common:confirm.questionNamed', v), unnamed: (v) => t('common:confirm.questionUnnamed', v) },
  Clause: { named: (v) => t('common:confirm.clauseNamed', v), unnamed: (v) => t('common:confirm.clauseUnnamed', v) },
};

// British English lists have no comma before "and", as the rest of the app writes them.
const LIST_LOCALE = { en: 'en-GB', fr: 'fr', es: 'es' } as const;

function removalQuestion(subject: RemovalSubject, name: string, parts: readonly string[]): string | undefined {
  if (!parts.length) return undefined;
  const list = new Intl.ListFormat(LIST_LOCALE[currentLanguage()], { type: 'conjunction' }).format(parts);
  const values = { name: name.trim(), parts: list, days: RETENTION_DAYS };
  return values.name ? REMOVAL_QUESTION[subject].named(values) : REMOVAL_QUESTION[subject].unnamed(values);
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
