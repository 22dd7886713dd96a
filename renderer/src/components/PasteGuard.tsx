import { useEffect } from 'react';
import { notifications } from '@mantine/notifications';
import { t } from '@shared/i18n';
import { installPasteGuard } from './pasteGuard';

/** Mounted once: every text field tells the user what a paste lost (see pasteGuard.ts). */
export function PasteGuard() {
  useEffect(
    () =>
      installPasteGuard(document, (_field, label, message) => {
        notifications.show({ color: 'yellow', title: t('common:pasteGuard.changed', { label }), message, autoClose: 12_000 });
      }),
    [],
  );
  return null;
}
