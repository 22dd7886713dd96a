import { useEffect, useState, type ReactNode } from 'react';
import { Alert, Badge, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconHistory, IconPin } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { t } from '@shared/i18n';
import type { BackupEntry } from '@shared/api/contract';
import type { Tender } from '@shared/model/tender';
import { describeWriter } from '@shared/model/workspace';
import { call } from '../../api';
import { useActions, useAppStore, useBackups } from '../../store';
import { dateAndTime, fileSize, fullDate, humanDate } from '../../lib/format';
import { messageOf } from '../../lib/errors';
import { useNow } from '../../lib/useNow';
import { PinVersionModal } from './PinVersionModal';
import { BackupCompare } from './BackupCompare';

/** A small button in a backup's row, described by the entry's label so a screen reader says which version it acts on. */
function EntryButton({
  labelId,
  variant = 'subtle',
  loading,
  onClick,
  children,
}: {
  labelId: string;
  variant?: 'subtle' | 'default';
  loading?: boolean;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <Button size="compact-sm" variant={variant} aria-describedby={labelId} loading={loading} onClick={onClick}>
      {children}
    </Button>
  );
}

/** What the entry changed, in words: the summary, or why there is none. */
function changesOf(entry: BackupEntry): string[] {
  if (entry.changes.length) return entry.changes;
  return [entry.oldest ? t('tenders:backups.oldest') : t('tenders:backups.noChange')];
}

/**
 * The tender's saved versions, newest first: when, who, what changed since the one below, pins and
 * the labels exports and imports leave. Every save of the last minutes is kept, then fewer as they
 * age (Settings › History). The newest is the current save; each earlier one can be restored.
 */
export function BackupsPanel({ tenderId, revision }: { tenderId: string; revision: number }) {
  const { t } = useTranslation('tenders');
  const { backups, usage, warning, status, error } = useBackups();
  const { loadBackups, restoreBackup, pinBackup } = useActions();
  const [restoring, setRestoring] = useState<string | null>(null);
  const [unpinning, setUnpinning] = useState<string | null>(null);
  const [pinning, setPinning] = useState<BackupEntry | null>(null);
  const [opening, setOpening] = useState<string | null>(null);
  const [comparing, setComparing] = useState<{ entry: BackupEntry; version: Tender } | null>(null);
  const content = useAppStore((s) => s.content);
  const now = useNow();

  // Refresh whenever a save lands (the revision moves on).
  useEffect(() => {
    void loadBackups();
  }, [tenderId, revision, loadBackups]);

  const restore = async (backupId: string, label: string) => {
    setRestoring(backupId);
    try {
      await restoreBackup(backupId);
      notifications.show({ color: 'teal', title: t('backups.restored'), message: t('backups.restoredMessage', { label }) });
    } catch (e) {
      notifications.show({ color: 'red', title: t('backups.restoreFailed'), message: messageOf(e) });
    } finally {
      setRestoring(null);
    }
  };

  const compare = async (entry: BackupEntry) => {
    setOpening(entry.id);
    try {
      setComparing({ entry, version: await call('backups.get', { tenderId, backupId: entry.id }) });
    } catch (e) {
      notifications.show({ color: 'red', title: t('backups.openFailed'), message: messageOf(e) });
    } finally {
      setOpening(null);
    }
  };

  const pin = async (entry: BackupEntry, name: string) => {
    await pinBackup(entry.id, name);
    notifications.show({
      color: 'teal',
      title: t('backups.pinned'),
      message: t('backups.pinnedMessage', { revision: entry.revision, name }),
    });
  };

  const unpin = async (entry: BackupEntry) => {
    setUnpinning(entry.id);
    try {
      await pinBackup(entry.id, null);
      notifications.show({
        color: 'teal',
        title: t('backups.unpinned'),
        message: t('backups.unpinnedMessage', { revision: entry.revision }),
      });
    } catch (e) {
      notifications.show({ color: 'red', title: t('backups.unpinFailed'), message: messageOf(e) });
    } finally {
      setUnpinning(null);
    }
  };

  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="backups-heading">
      <Group gap="xs" mb={4} justify="space-between">
        <Group gap="xs">
          <IconHistory size={18} aria-hidden />
          <Title order={2} size="h4" id="backups-heading">
            {t('backups.heading')}
          </Title>
        </Group>
        {usage ? (
          <Text size="sm" c="dimmed" data-testid="backup-usage">
            {t('backups.usage', { count: usage.count, size: fileSize(usage.bytes) })}
          </Text>
        ) : null}
      </Group>
      <Text size="sm" c="dimmed" mb="md">
        {t('backups.intro')}
      </Text>
      {warning ? (
        <Alert color="yellow" p="xs" mb="sm" title={t('backups.notTidied')}>
          <Text size="sm">{warning}</Text>
        </Alert>
      ) : null}
      {status === 'loading' ? <Loader size="sm" aria-label={t('backups.loading')} /> : null}
      {status === 'error' ? (
        <Alert color="red" p="xs">
          <Text size="sm">{error}</Text>
        </Alert>
      ) : null}
      {status === 'ready' && backups.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('backups.none')}
        </Text>
      ) : null}
      <Stack gap={0} component="ul" className="tw-backup-list" aria-label={t('backups.list')}>
        {backups.map((backup) => {
          const label = t('backups.revision', { revision: backup.revision });
          const labelId = `backup-${backup.id}`;
          // The save on disk now: restoring it would change nothing.
          const current = backup.revision === revision;
          return (
            <li key={backup.id} className="tw-backup-item">
              <div id={labelId}>
                <Group gap="xs" wrap="wrap">
                  <Text size="sm" fw={600}>
                    {label}
                  </Text>
                  {current ? (
                    <Badge size="sm" variant="light" color="teal" tt="none">
                      {t('backups.current')}
                    </Badge>
                  ) : null}
                </Group>
                {/* Text, not badges: names and labels can be long, and a badge would cut them off. */}
                {backup.pin ? (
                  <Group gap={4} wrap="nowrap" align="flex-start">
                    <IconPin size={14} aria-hidden style={{ flex: 'none', marginTop: 2 }} />
                    <Text size="sm" fw={600} c="blue">
                      {t('backups.pinnedName', { name: backup.pin.name })}
                    </Text>
                  </Group>
                ) : null}
                {backup.snapshots.map((snapshot) => (
                  <Text key={snapshot.label} size="xs" fw={600}>
                    {snapshot.label}{' '}
                    <Text span size="xs" fw={400} c="dimmed">
                      (
                      <time dateTime={snapshot.at} title={fullDate(snapshot.at)}>
                        {dateAndTime(snapshot.at)}
                      </time>
                      )
                    </Text>
                  </Text>
                ))}
                <Text size="xs" c="dimmed">
                  <time dateTime={backup.takenAt} title={fullDate(backup.takenAt)}>
                    {dateAndTime(backup.takenAt)} ({humanDate(backup.takenAt, now)})
                  </time>
                  {' · '}
                  {describeWriter(backup.savedBy)}
                  {' · '}
                  {backup.title}
                </Text>
                {/* Lines, not a nested list: the list items are the versions. */}
                <div className="tw-backup-changes">
                  {changesOf(backup).map((line) => (
                    <Text key={line} size="xs">
                      {line}
                    </Text>
                  ))}
                </div>
              </div>
              <Group gap="xs" wrap="nowrap" className="tw-backup-actions">
                {current ? null : (
                  <EntryButton labelId={labelId} loading={opening === backup.id} onClick={() => void compare(backup)}>
                    {t('backups.compare')}
                  </EntryButton>
                )}
                {backup.pin ? (
                  <EntryButton labelId={labelId} loading={unpinning === backup.id} onClick={() => void unpin(backup)}>
                    {t('backups.unpin')}
                  </EntryButton>
                ) : (
                  <EntryButton labelId={labelId} onClick={() => setPinning(backup)}>
                    {t('backups.pin')}
                  </EntryButton>
                )}
                {current ? null : (
                  <EntryButton
                    labelId={labelId}
                    variant="default"
                    loading={restoring === backup.id}
                    onClick={() => void restore(backup.id, label)}
                  >
                    {t('backups.restore')}
                  </EntryButton>
                )}
              </Group>
            </li>
          );
        })}
      </Stack>
      <PinVersionModal entry={pinning} onPin={pin} onClose={() => setPinning(null)} />
      {comparing && content ? (
        <BackupCompare
          version={comparing.version}
          current={content}
          versionLabel={
            comparing.entry.pin
              ? t('backups.versionPinned', { name: comparing.entry.pin.name })
              : t('backups.versionRevision', { revision: comparing.entry.revision })
          }
          restoring={restoring === comparing.entry.id}
          onClose={() => setComparing(null)}
          onRestoreAll={() => {
            const { entry } = comparing;
            void restore(entry.id, t('backups.revision', { revision: entry.revision })).then(() => setComparing(null));
          }}
        />
      ) : null}
    </Paper>
  );
}
