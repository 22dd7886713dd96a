import { useCallback, useState } from 'react';
import { ActionIcon, Anchor, Button, Group, Menu, Stack, Table } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconCopy,
  IconDots,
  IconFileDescription,
  IconFileImport,
  IconFolderPlus,
  IconPencil,
  IconPlus,
  IconTrash,
} from '@tabler/icons-react';
import type { TenderSummary } from '@shared/model/tender';
import { useActions, useTenderList } from '../../store';
import { hashFor } from '../../store/router';
import { ScreenIntro } from '../../components/ScreenHeading';
import { PresenceNote } from '../../components/PresenceNote';
import { fullDate, humanDate } from '../../lib/format';
import { messageOf } from '../../lib/errors';
import { useNow } from '../../lib/useNow';
import { CreateTenderModal } from './CreateTenderModal';
import { useNewTenderRequest } from '../../components/useNewTenderRequest';
import { RenameTenderModal } from './RenameTenderModal';
import { ImportNoticeModal } from './ImportNoticeModal';
import { confirmDeleteTender } from './deleteTender';
import { LoadGate } from '../../components/LoadStates';
import { EmptyNotice } from '../../components/EmptyNotice';
import type { MatrixColumn } from '../../components/MatrixTable';
import { RowsTable } from '../../components/RowsTable';

const TENDER_COLUMNS: readonly MatrixColumn[] = [
  { key: 'title', label: 'Title' },
  { key: 'reference', label: 'Reference' },
  { key: 'buyer', label: 'Buying organisation' },
  { key: 'lots', label: 'Lots' },
  { key: 'edited', label: 'Last edited' },
  { key: 'actions', label: 'Actions', hiddenLabel: true },
];

function TenderRow({ tender, now, onRename }: { tender: TenderSummary; now: number; onRename: (t: TenderSummary) => void }) {
  const { duplicateTender, navigate } = useActions();
  const title = tender.title || 'Untitled tender';

  const duplicate = async () => {
    try {
      const copy = await duplicateTender(tender.id);
      notifications.show({ color: 'teal', title: 'Tender duplicated', message: `Created “${copy.title}”.` });
    } catch (error) {
      notifications.show({ color: 'red', title: 'Could not duplicate the tender', message: messageOf(error) });
    }
  };

  return (
    <Table.Tr>
      <Table.Th scope="row" fw="normal">
        <Anchor href={hashFor('details', tender.id)} className="tw-tender-title-link">
          {title}
        </Anchor>
      </Table.Th>
      <Table.Td className="tw-muted-cell tw-nowrap">{tender.reference || '—'}</Table.Td>
      <Table.Td>{tender.buyer || '—'}</Table.Td>
      <Table.Td>{tender.lotCount}</Table.Td>
      <Table.Td className="tw-nowrap">
        <time dateTime={tender.updatedAt} title={fullDate(tender.updatedAt)}>
          {humanDate(tender.updatedAt, now)}
        </time>
      </Table.Td>
      <Table.Td>
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${title}`}>
              <IconDots size={18} aria-hidden />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item leftSection={<IconFileDescription size={16} aria-hidden />} onClick={() => navigate('details', tender.id)}>
              Open
            </Menu.Item>
            <Menu.Item leftSection={<IconPencil size={16} aria-hidden />} onClick={() => onRename(tender)}>
              Rename…
            </Menu.Item>
            <Menu.Item leftSection={<IconCopy size={16} aria-hidden />} onClick={() => void duplicate()}>
              Duplicate
            </Menu.Item>
            <Menu.Divider />
            <Menu.Item
              className="tw-menu-danger"
              leftSection={<IconTrash size={16} aria-hidden />}
              onClick={() => confirmDeleteTender(tender)}
            >
              Delete…
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      </Table.Td>
    </Table.Tr>
  );
}

export function TendersHome() {
  const { tenders, status, error } = useTenderList();
  const { loadTenders, navigate } = useActions();
  const [creating, setCreating] = useState(false);
  const [renaming, setRenaming] = useState<TenderSummary | null>(null);
  const [importing, setImporting] = useState(false);
  const now = useNow();
  useNewTenderRequest(useCallback(() => setCreating(true), []));

  const body = (
    <LoadGate
      ready={status === 'ready'}
      failed={status === 'error'}
      loadingLabel="Loading tenders"
      failedTitle="The tenders could not be loaded"
      error={error}
      onRetry={() => void loadTenders()}
    >
      {tenders.length === 0 ? (
        <EmptyNotice
          framed
          icon={IconFolderPlus}
          title="No tenders yet"
          description="A tender holds its lots, award criteria, contract clauses and supplier questions. Start with its title and lots; you can change everything later."
          action={{ label: 'Create your first tender', icon: IconPlus, onClick: () => setCreating(true) }}
        />
      ) : (
        <RowsTable
          className="tw-tender-table"
          highlightOnHover
          minWidth={720}
          columns={TENDER_COLUMNS}
          caption={`${tenders.length === 1 ? '1 tender' : `${tenders.length} tenders`}, most recently edited first`}
        >
          {tenders.map((tender) => (
            <TenderRow key={tender.id} tender={tender} now={now} onRename={setRenaming} />
          ))}
        </RowsTable>
      )}
    </LoadGate>
  );

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <ScreenIntro title="Tenders">Every tender in this workspace. Open one to edit it; changes are saved as you type.</ScreenIntro>
        <Group gap="sm">
          <Button component="a" href={hashFor('deleted')} variant="subtle" leftSection={<IconTrash size={16} aria-hidden />}>
            Recently deleted
          </Button>
          <Button variant="default" leftSection={<IconFileImport size={16} aria-hidden />} onClick={() => setImporting(true)}>
            New tender from eForms notice
          </Button>
          {tenders.length > 0 ? (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
              New tender
            </Button>
          ) : null}
        </Group>
      </Group>
      <PresenceNote />
      {body}
      <CreateTenderModal
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={(tender) => {
          setCreating(false);
          notifications.show({ color: 'teal', title: 'Tender created', message: `“${tender.title}” is ready to edit.` });
          navigate('details', tender.id);
        }}
      />
      <RenameTenderModal tender={renaming} onClose={() => setRenaming(null)} />
      <ImportNoticeModal opened={importing} onClose={() => setImporting(false)} />
    </Stack>
  );
}
