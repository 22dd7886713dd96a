import { useEffect } from 'react';
import { notifications } from '@mantine/notifications';
import { installPasteGuard } from './pasteGuard';

/** Mounted once: every text field tells the user what a paste lost (see pasteGuard.ts). */
export function PasteGuard() {
  useEffect(
    () =>
      installPasteGuard(document, (_field, label, message) => {
        notifications.show({ color: 'yellow', title: `${label}: the pasted text was changed`, message, autoClose: 12_000 });
      }),
    [],
  );
  return null;
}
