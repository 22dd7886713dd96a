import { useState, type ReactNode } from 'react';
import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconRestore, IconTrash, IconTrashOff, type Icon } from '@tabler/icons-react';
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

const KIND_LABEL: Record<DeletedKind, string> = { tender: 'Tender', lot: 'Lot', bidder: 'Bidder', question: 'Question', clause: 'Clause' };

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

const ENTRY_COLUMNS: readonly MatrixColumn[] = [
  { key: 'what', label: 'What' },
  { key: 'tender', label: 'From tender' },
  { key: 'deleted', label: 'Deleted' },
  { key: 'by', label: 'By' },
  { key: 'kept', label: 'Kept for' },
  { key: 'actions', label: 'Actions', hiddenLabel: true },
];

function daysLeftText(days: number): string {
  if (days <= 0) return 'Removed for good today';
  return days === 1 ? '1 day left' : `${days} days left`;
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
  const labelId = `deleted-${entry.id}`;
  const left = daysLeft(entry.expiresAt, new Date(now));
  return (
    <Table.Tr>
      <Table.Th scope="row" fw="normal" id={labelId}>
        <Group gap="xs" wrap="nowrap">
          <Badge size="sm" variant="light" color="gray" tt="none">
            {KIND_LABEL[entry.kind]}
          </Badge>
          <Text size="sm" fw={600}>
            {entry.title || 'Untitled'}
          </Text>
        </Group>
        {entry.detail ? (
          <Text size="xs" c="dimmed" mt={2}>
            With {entry.detail}
          </Text>
        ) : null}
      </Table.Th>
      <Table.Td>{entry.kind === 'tender' ? '—' : entry.tenderTitle || 'Untitled tender'}</Table.Td>
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
      <Table.Td>{entry.deletedBy ? describeWriter(entry.deletedBy) : 'Not recorded'}</Table.Td>
      <Table.Td className="tw-nowrap">
        <time dateTime={entry.expiresAt} title={`Removed for good on ${fullDate(entry.expiresAt)}`}>
          {daysLeftText(left)}
        </time>
      </Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="nowrap" justify="flex-end">
          <RowButton icon={IconRestore} labelId={labelId} loading={busy} onClick={onRestore}>
            Restore
          </RowButton>
          <RowButton icon={IconTrashOff} labelId={labelId} disabled={busy} onClick={onPurge}>
            Delete permanently
          </RowButton>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

/** Deleted tenders and items removed from tenders, kept for 30 days: restore them or delete them for good. */
export function DeletedScreen() {
  const { entries, status, error, load, restore, purge } = useRecentlyDeleted();
  const { navigate } = useActions();
  const [busy, setBusy] = useState<string | null>(null);
  const now = useNow();

  const restoreEntry = async (entry: DeletedEntry) => {
    setBusy(entry.id);
    try {
      await restore(entry);
      const where = entry.kind === 'tender' ? 'is back in the list of tenders' : `is back in “${entry.tenderTitle}”`;
      notifications.show({
        color: 'teal',
        title: `${KIND_LABEL[entry.kind]} restored`,
        message: (
          <Group justify="space-between" wrap="nowrap" gap="sm">
            <Text size="sm">
              {entry.title} {where}.
            </Text>
            <Button
              size="xs"
              variant="light"
              onClick={() => navigate(entry.kind === 'tender' ? 'details' : screenOf(entry.kind), entry.tenderId)}
            >
              Open
            </Button>
          </Group>
        ),
      });
    } catch (e) {
      notifications.show({ color: 'red', title: 'Could not restore it', message: messageOf(e) });
    } finally {
      setBusy(null);
    }
  };

  const purgeEntry = (entry: DeletedEntry) =>
    confirmDelete({
      title: 'Delete permanently?',
      message: `${entry.title}${entry.detail ? `, with ${entry.detail},` : ''} will be deleted for good. This cannot be undone.`,
      confirmLabel: 'Delete permanently',
      remove: () => purge(entry),
      deleted: () => ({ color: 'teal', title: 'Deleted permanently', message: `${entry.title} is gone for good.` }),
      failedTitle: 'Could not delete it',
      onBusy: (busy) => setBusy(busy ? entry.id : null),
    });

  const body = (
    <LoadGate
      ready={status === 'ready'}
      failed={status === 'error'}
      loadingLabel="Loading Recently deleted"
      failedTitle="Recently deleted could not be loaded"
      error={error}
      onRetry={load}
    >
      {entries.length === 0 ? (
        <EmptyNotice
          framed
          icon={IconTrash}
          title="Nothing deleted recently"
          description={`Deleted tenders, and lots, bidders, questions and clauses removed together with what was recorded in them, are kept here for ${RETENTION_DAYS} days.`}
        />
      ) : (
        <RowsTable
          aria-label="Recently deleted"
          minWidth={860}
          columns={ENTRY_COLUMNS}
          caption={`${entries.length === 1 ? '1 item' : `${entries.length} items`}, most recently deleted first`}
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
      <ScreenIntro title="Recently deleted">
        Deleted tenders and the items removed from tenders with what was recorded in them. Each is kept for {RETENTION_DAYS} days, then
        removed for good.
      </ScreenIntro>
      {body}
    </Stack>
  );
}

/** The screen that shows a restored item. */
function screenOf(kind: Exclude<DeletedKind, 'tender'>) {
  return ({ lot: 'details', bidder: 'evaluation', question: 'questions', clause: 'clauses' } as const)[kind];
}
