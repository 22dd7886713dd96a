import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { t } from '@shared/i18n';
import type { TenderSummary } from '@shared/model/tender';
import { useAppStore } from '../../store';
import { messageOf } from '../../lib/errors';
import { confirmDelete } from '../../components/confirm';

/** How long the "Undo" notice stays up; it pauses while the pointer is over it. */
const UNDO_NOTICE_MS = 15_000;

async function undoDelete(id: string, title: string, noticeId: string) {
  notifications.hide(noticeId);
  try {
    await useAppStore.getState().undoDeleteTender(id);
    notifications.show({ color: 'teal', title: t('tenders:delete.restored'), message: t('tenders:delete.restoredMessage', { title }) });
  } catch (error) {
    notifications.show({ color: 'red', title: t('tenders:delete.undoFailed'), message: messageOf(error) });
  }
}

/** Asks for confirmation, deletes, then offers "Undo" in a notification. */
export function confirmDeleteTender(tender: TenderSummary) {
  const title = tender.title || t('tenders:untitled');
  confirmDelete({
    title: t('tenders:delete.confirmTitle'),
    message: t('tenders:delete.confirmMessage', { title }),
    remove: () => useAppStore.getState().deleteTender(tender.id),
    failedTitle: t('tenders:delete.failed'),
    deleted: (deleted) => {
      const noticeId = `deleted-${deleted.id}`;
      return {
        id: noticeId,
        title: t('tenders:delete.deleted'),
        autoClose: UNDO_NOTICE_MS,
        message: (
          <Group justify="space-between" wrap="nowrap" gap="sm">
            <Text size="sm">{t('tenders:delete.deletedMessage', { title: deleted.title || title })}</Text>
            <Button size="xs" variant="light" onClick={() => void undoDelete(deleted.id, deleted.title || title, noticeId)}>
              {t('tenders:delete.undo')}
            </Button>
          </Group>
        ),
      };
    },
  });
}
