import { useState, type ReactNode } from 'react';
import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconRestore, IconTrash, IconTrashOff, type Icon } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { t } from '@shared/i18n';
import type { DeletedEntry, DeletedKind } from '@shared/api/contract';
import { describeWriter } from '@shared/model/workspace';
import { daysLeft, RETENTION_DAYS } from '@shared/rules/recentlyDeleted';
import { ScreenIntro } from '../../components/ScreenHeading';
import { confirmDelete } from '../../components/confirm';
import { dateAndTime, fullDate, humanDate } from '../../lib/format';
import { messageOf } from '../../lib/errors';
import { useNow } from '../../lib/useNow';
import { useActions } from '../../store';
import { useRecentlyDeleted } from './useRecentlyDeleted';
import { LoadGate } from '../../components/LoadStates';
import { EmptyNotice } from '../../components/EmptyNotice';
import type { MatrixColumn } from '../../components/MatrixTable';
import { RowsTable } from '../../components/RowsTable';

/** Each kind's name, and the notice that one was restored (a sentence of its own: French and Spanish agree with the kind). */
const KIND_LABEL: Record<DeletedKind, () => string> = {
  tender: () => t('tenders:deleted.kind.tender'),
  lot: () => t('tenders:deleted.kind.lot'),
  bidder: () => t('tenders:deleted.kind.bidder'),
  question: () => t('tenders:deleted.kind.question'),
  clause: () => t('tenders:deleted.kind.clause'),
};
const RESTORED: Record<DeletedKind, () => string> = {
  tender: () => t('tenders:deleted.restored.tender'),
  lot: () => t('tenders:deleted.restored.lot'),
  bidder: () => t('tenders:deleted.restored.bidder'),
  question: () => t('tenders:deleted.restored.question'),
  clause: () => t('tenders:deleted.restored.clause'),
};

/** A small button in an entry's row, described by the entry's name so a screen reader says which entry it acts on. */
function RowButton({
  icon: Glyph,
  labelId,
  children,
  ...state
}: {
  icon: Icon;
  labelId: string;
  loading?: boolean;
  disabled?: boolean;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <Button size="compact-sm" variant="default" leftSection={<Glyph size={14} aria-hidden />} aria-describedby={labelId} {...state}>
      {children}
    </Button>
  );
}

const entryColumns = (): readonly MatrixColumn[] => [
  { key: 'what', label: t('tenders:deleted.columns.what') },
  { key: 'tender', label: t('tenders:deleted.columns.tender') },
  { key: 'deleted', label: t('tenders:deleted.columns.deleted') },
  { key: 'by', label: t('tenders:deleted.columns.by') },
  { key: 'kept', label: t('tenders:deleted.columns.kept') },
  { key: 'actions', label: t('tenders:deleted.columns.actions'), hiddenLabel: true },
];

function daysLeftText(days: number): string {
  if (days <= 0) return t('tenders:deleted.removedToday');
  return t('tenders:deleted.daysLeft', { count: days });
}

function EntryRow({
  entry,
  now,
  busy,
  onRestore,
  onPurge,
}: {
  entry: DeletedEntry;
  now: number;
  busy: boolean;
  onRestore: () => void;
  onPurge: () => void;
}) {
  const { t } = useTranslation('tenders');
  const labelId = `deleted-${entry.id}`;
  const left = daysLeft(entry.expiresAt, new Date(now));
  return (
    <Table.Tr>
      <Table.Th scope="row" fw="normal" id={labelId}>
        <Group gap="xs" wrap="nowrap">
          <Badge size="sm" variant="light" color="gray" tt="none">
            {KIND_LABEL[entry.kind]()}
          </Badge>
          <Text size="sm" fw={600}>
            {entry.title || t('deleted.untitled')}
          </Text>
        </Group>
        {entry.detail ? (
          <Text size="xs" c="dimmed" mt={2}>
            {t('deleted.with', { detail: entry.detail })}
          </Text>
        ) : null}
      </Table.Th>
      <Table.Td>{entry.kind === 'tender' ? '—' : entry.tenderTitle || t('untitled')}</Table.Td>
      <Table.Td className="tw-nowrap">
        <Text size="sm">
          <time dateTime={entry.deletedAt} title={fullDate(entry.deletedAt)}>
            {humanDate(entry.deletedAt, now)}
          </time>
        </Text>
        <Text size="xs" c="dimmed">
          {dateAndTime(entry.deletedAt)}
        </Text>
      </Table.Td>
      <Table.Td>{entry.deletedBy ? describeWriter(entry.deletedBy) : t('deleted.notRecorded')}</Table.Td>
      <Table.Td className="tw-nowrap">
        <time dateTime={entry.expiresAt} title={t('deleted.removedOn', { date: fullDate(entry.expiresAt) })}>
          {daysLeftText(left)}
        </time>
      </Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="nowrap" justify="flex-end">
          <RowButton icon={IconRestore} labelId={labelId} loading={busy} onClick={onRestore}>
            {t('deleted.restore')}
          </RowButton>
          <RowButton icon={IconTrashOff} labelId={labelId} disabled={busy} onClick={onPurge}>
            {t('deleted.purge')}
          </RowButton>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

/** Deleted tenders and items removed from tenders, kept for 30 days: restore them or delete them for good. */
export function DeletedScreen() {
  const { t } = useTranslation('tenders');
  const { entries, status, error, load, restore, purge } = useRecentlyDeleted();
  const { navigate } = useActions();
  const [busy, setBusy] = useState<string | null>(null);
  const now = useNow();

  const restoreEntry = async (entry: DeletedEntry) => {
    setBusy(entry.id);
    try {
      await restore(entry);
      const back =
        entry.kind === 'tender'
          ? t('deleted.backInList', { title: entry.title })
          : t('deleted.backIn', { title: entry.title, tender: entry.tenderTitle });
      notifications.show({
        color: 'teal',
        title: RESTORED[entry.kind](),
        message: (
          <Group justify="space-between" wrap="nowrap" gap="sm">
            <Text size="sm">{back}</Text>
            <Button
              size="xs"
              variant="light"
              onClick={() => navigate(entry.kind === 'tender' ? 'details' : screenOf(entry.kind), entry.tenderId)}
            >
              {t('deleted.open')}
            </Button>
          </Group>
        ),
      });
    } catch (e) {
      notifications.show({ color: 'red', title: t('deleted.restoreFailed'), message: messageOf(e) });
    } finally {
      setBusy(null);
    }
  };

  const purgeEntry = (entry: DeletedEntry) =>
    confirmDelete({
      title: t('deleted.purgeTitle'),
      message: entry.detail
        ? t('deleted.purgeMessageWith', { title: entry.title, detail: entry.detail })
        : t('deleted.purgeMessage', { title: entry.title }),
      confirmLabel: t('deleted.purge'),
      remove: () => purge(entry),
      deleted: () => ({ color: 'teal', title: t('deleted.purged'), message: t('deleted.purgedMessage', { title: entry.title }) }),
      failedTitle: t('deleted.purgeFailed'),
      onBusy: (busy) => setBusy(busy ? entry.id : null),
    });

  const body = (
    <LoadGate
      ready={status === 'ready'}
      failed={status === 'error'}
      loadingLabel={t('deleted.loading')}
      failedTitle={t('deleted.loadFailed')}
      error={error}
      onRetry={load}
    >
      {entries.length === 0 ? (
        <EmptyNotice framed icon={IconTrash} title={t('deleted.empty')} description={t('deleted.emptyHelp', { count: RETENTION_DAYS })} />
      ) : (
        <RowsTable
          aria-label={t('deleted.heading')}
          minWidth={860}
          columns={entryColumns()}
          caption={t('deleted.caption', { count: entries.length })}
        >
          {entries.map((entry) => (
            <EntryRow
              key={entry.id}
              entry={entry}
              now={now}
              busy={busy === entry.id}
              onRestore={() => void restoreEntry(entry)}
              onPurge={() => purgeEntry(entry)}
            />
          ))}
        </RowsTable>
      )}
    </LoadGate>
  );

  return (
    <Stack gap="lg">
      <ScreenIntro title={t('deleted.heading')}>{t('deleted.intro', { count: RETENTION_DAYS })}</ScreenIntro>
      {body}
    </Stack>
  );
}

/** The screen that shows a restored item. */
function screenOf(kind: Exclude<DeletedKind, 'tender'>) {
  return ({ lot: 'details', bidder: 'evaluation', question: 'questions', clause: 'clauses' } as const)[kind];
}
