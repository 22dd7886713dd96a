import { useEffect, useState } from 'react';
import { Alert, Badge, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconHistory } from '@tabler/icons-react';
import { useActions, useBackups } from '../../store';
import { fullDate, humanDate } from '../../lib/format';
import { messageOf } from '../../lib/errors';
import { useNow } from '../../lib/useNow';

/**
 * The tender's last saves, newest first. The newest is the current save, marked as such; each earlier
 * one can be restored (and the restore undone).
 */
export function BackupsPanel({ tenderId, revision }: { tenderId: string; revision: number }) {
  const { backups, status, error } = useBackups();
  const { loadBackups, restoreBackup } = useActions();
  const [restoring, setRestoring] = useState<string | null>(null);
  const now = useNow();

  // Refresh whenever a save lands (the revision moves on).
  useEffect(() => {
    void loadBackups();
  }, [tenderId, revision, loadBackups]);

  const restore = async (backupId: string, label: string) => {
    setRestoring(backupId);
    try {
      await restoreBackup(backupId);
      notifications.show({ color: 'teal', title: 'Backup restored', message: `${label} is back on screen. Press Undo to go back.` });
    } catch (e) {
      notifications.show({ color: 'red', title: 'Could not restore the backup', message: messageOf(e) });
    } finally {
      setRestoring(null);
    }
  };

  const sorted = [...backups].sort((a, b) => b.savedAt.localeCompare(a.savedAt) || b.revision - a.revision);

  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="backups-heading">
      <Group gap="xs" mb={4}>
        <IconHistory size={18} aria-hidden />
        <Title order={2} size="h4" id="backups-heading">
          Backups
        </Title>
      </Group>
      <Text size="sm" c="gray.7" mb="md">
        The last saves of this tender are kept, the newest being the current one. Restoring an earlier save
        replaces what is on screen; Undo takes it back.
      </Text>
      {status === 'loading' ? <Loader size="sm" aria-label="Loading backups" /> : null}
      {status === 'error' ? (
        <Alert color="red" p="xs">
          <Text size="sm">{error}</Text>
        </Alert>
      ) : null}
      {status === 'ready' && sorted.length === 0 ? (
        <Text size="sm" c="gray.7">
          No backups yet: one is kept each time the tender is saved.
        </Text>
      ) : null}
      <Stack gap={0} component="ul" className="tw-backup-list" aria-label="Saved versions">
        {sorted.map((backup) => {
          const label = `Revision ${backup.revision}`;
          const labelId = `backup-${backup.id}`;
          // The save on disk now: restoring it would change nothing.
          const current = backup.revision === revision;
          return (
            <li key={backup.id} className="tw-backup-item">
              <div id={labelId}>
                <Group gap="xs" wrap="nowrap">
                  <Text size="sm" fw={600}>
                    {label}
                  </Text>
                  {current ? (
                    <Badge size="sm" variant="light" color="teal" tt="none">
                      Current
                    </Badge>
                  ) : null}
                </Group>
                <Text size="xs" c="gray.7">
                  <time dateTime={backup.savedAt} title={fullDate(backup.savedAt)}>
                    {humanDate(backup.savedAt, now)}
                  </time>
                  {' · '}
                  {backup.title}
                </Text>
              </div>
              {current ? null : (
                <Button
                  size="compact-sm"
                  variant="default"
                  aria-describedby={labelId}
                  loading={restoring === backup.id}
                  onClick={() => void restore(backup.id, label)}
                >
                  Restore
                </Button>
              )}
            </li>
          );
        })}
      </Stack>
    </Paper>
  );
}
