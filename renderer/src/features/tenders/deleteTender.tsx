import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
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
    notifications.show({ color: 'teal', title: 'Tender restored', message: `“${title}” is back in the list.` });
  } catch (error) {
    notifications.show({ color: 'red', title: 'Could not undo the delete', message: messageOf(error) });
  }
}

/** Asks for confirmation, deletes, then offers "Undo" in a notification. */
export function confirmDeleteTender(tender: TenderSummary) {
  const title = tender.title || 'Untitled tender';
  confirmDelete({
    title: 'Delete tender?',
    message: `“${title}” and all its lots will be removed from the list. You can restore it from Recently deleted for 30 days.`,
    remove: () => useAppStore.getState().deleteTender(tender.id),
    failedTitle: 'Could not delete the tender',
    deleted: (deleted) => {
      const noticeId = `deleted-${deleted.id}`;
      return {
        id: noticeId,
        title: 'Tender deleted',
        autoClose: UNDO_NOTICE_MS,
        message: (
          <Group justify="space-between" wrap="nowrap" gap="sm">
            <Text size="sm">“{deleted.title || title}” was deleted.</Text>
            <Button size="xs" variant="light" onClick={() => void undoDelete(deleted.id, deleted.title || title, noticeId)}>
              Undo
            </Button>
          </Group>
        ),
      };
    },
  });
}
