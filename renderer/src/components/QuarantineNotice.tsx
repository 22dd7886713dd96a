import { useState } from 'react';
import { Alert, Button, Code, Group, List, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { QuarantinedFile } from '@shared/api/contract';
import { useActions, useAppStore, useWorkspace } from '../store';
import { fullDate, humanDate } from '../lib/format';
import { messageOf } from '../lib/errors';

function QuarantinedItem({ entry, index }: { entry: QuarantinedFile; index: number }) {
  const { t } = useTranslation('common');
  const { restoreLatestBackup, dismissQuarantined, openTender } = useActions();
  const [busy, setBusy] = useState<'restore' | 'dismiss' | null>(null);
  const fileId = `quarantined-file-${index}`;
  const canRestore = Boolean(entry.tenderId) && entry.backupsAvailable > 0;

  const restore = async () => {
    setBusy('restore');
    try {
      const tender = await restoreLatestBackup(entry);
      notifications.show({
        color: 'teal',
        title: t('quarantine.restored'),
        message: t('quarantine.restoredMessage', { title: tender.title }),
      });
      const state = useAppStore.getState();
      if (state.openTenderId === tender.id && state.openStatus === 'error') void openTender(tender.id);
    } catch (error) {
      notifications.show({ color: 'red', title: t('quarantine.restoreFailed'), message: messageOf(error) });
    } finally {
      setBusy(null);
    }
  };

  const dismiss = async () => {
    setBusy('dismiss');
    try {
      await dismissQuarantined(entry.file);
    } catch (error) {
      notifications.show({ color: 'red', title: t('quarantine.dismissFailed'), message: messageOf(error) });
      setBusy(null);
    }
  };

  return (
    <List.Item>
      <Stack gap={4}>
        <Text size="sm">
          <Code id={fileId}>{entry.file}</Code> — {entry.reason}{' '}
          <Text span size="sm" c="dimmed" title={fullDate(entry.quarantinedAt)}>
            {t('quarantine.setAside', { when: humanDate(entry.quarantinedAt) })}
          </Text>
        </Text>
        <Group gap="xs">
          {canRestore ? (
            <Button size="xs" onClick={() => void restore()} loading={busy === 'restore'} aria-describedby={fileId}>
              {t('quarantine.restore')}
            </Button>
          ) : (
            <Text size="xs" c="dimmed">
              {entry.tenderId ? t('quarantine.noReadableBackup') : t('quarantine.noBackups')}
            </Text>
          )}
          <Button size="xs" variant="default" onClick={() => void dismiss()} loading={busy === 'dismiss'} aria-describedby={fileId}>
            {t('actions.dismiss')}
          </Button>
        </Group>
      </Stack>
    </List.Item>
  );
}

/** Lists files the workspace set aside because they could not be read, with restore and dismiss. */
export function QuarantineNotice() {
  const { t } = useTranslation('common');
  const { workspace } = useWorkspace();
  const quarantined = workspace?.quarantined ?? [];
  if (quarantined.length === 0) return null;
  return (
    <Alert
      mb="lg"
      color="orange"
      variant="light"
      // A lasting notice, not an interruption: a region named by its title rather than role="alert".
      role="region"
      icon={<IconAlertTriangle aria-hidden />}
      title={t('quarantine.title', { count: quarantined.length })}
    >
      <Text size="sm" mb="xs">
        {t('quarantine.explanation', { count: quarantined.length })}
      </Text>
      <List spacing="sm">
        {quarantined.map((entry, index) => (
          <QuarantinedItem key={entry.file} entry={entry} index={index} />
        ))}
      </List>
    </Alert>
  );
}
