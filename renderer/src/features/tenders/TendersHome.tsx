import { useCallback, useMemo, useState } from 'react';
import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileImport, IconFolderPlus, IconPlus, IconSearchOff, IconTrash } from '@tabler/icons-react';
import type { TenderSummary } from '@shared/model/tender';
import { archivedCount, DEFAULT_LIST_QUERY, selectTenders } from '@shared/rules/tenderList';
import { useActions, useRecentTenders, useTenderList, useTenderListQuery } from '../../store';
import { hashFor } from '../../store/router';
import { ScreenIntro } from '../../components/ScreenHeading';
import { PresenceNote } from '../../components/PresenceNote';
import { todayIso } from '../../lib/format';
import { useNow } from '../../lib/useNow';
import { CreateTenderModal } from './CreateTenderModal';
import { useNewTenderRequest } from '../../components/useNewTenderRequest';
import { RenameTenderModal } from './RenameTenderModal';
import { ImportNoticeModal } from './ImportNoticeModal';
import { LoadGate } from '../../components/LoadStates';
import { EmptyNotice } from '../../components/EmptyNotice';
import { TendersTable, sortLabel } from './TendersTable';
import { isFiltered, TenderListControls } from './TenderListControls';
import { RecentTenders } from './RecentTenders';

/** Below this many tenders the whole list fits on the screen, and a recent list would only repeat it. */
const RECENT_FROM = 12;
const RECENT_SHOWN = 5;

const count = (n: number) => (n === 1 ? '1 tender' : `${n.toLocaleString()} tenders`);

export function TendersHome() {
  const { tenders, status, error } = useTenderList();
  const { loadTenders, navigate, setTenderListQuery } = useActions();
  const query = useTenderListQuery();
  const [creating, setCreating] = useState(false);
  const [renaming, setRenaming] = useState<TenderSummary | null>(null);
  const [importing, setImporting] = useState(false);
  const now = useNow();
  useNewTenderRequest(useCallback(() => setCreating(true), []));
  const today = todayIso(new Date(now));
  const shown = useMemo(() => selectTenders(tenders, query, today), [tenders, query, today]);
  const hiddenArchived = query.status === 'active' ? archivedCount(tenders) : 0;
  const recent = useRecentTenders(tenders, RECENT_SHOWN);
  const caption = `${shown.length === tenders.length ? count(tenders.length) : `${shown.length.toLocaleString()} of ${count(tenders.length)}`}, ${sortLabel(query.sort)}`;

  const list = (
    <Stack gap="sm">
      <TenderListControls query={query} onChange={setTenderListQuery} />
      <Group gap="xs" aria-live="polite">
        <Text size="sm" c="dimmed" data-testid="tender-count">
          {shown.length === tenders.length
            ? `Showing all ${count(tenders.length)}`
            : `Showing ${shown.length.toLocaleString()} of ${count(tenders.length)}`}
          {hiddenArchived ? ` · ${hiddenArchived.toLocaleString()} archived not shown` : ''}
        </Text>
        {hiddenArchived ? (
          <Anchor component="button" size="sm" onClick={() => setTenderListQuery({ status: 'all' })}>
            Show archived
          </Anchor>
        ) : null}
      </Group>
      {shown.length ? (
        <TendersTable
          tenders={shown}
          sort={query.sort}
          onSort={(sort) => setTenderListQuery({ sort })}
          caption={caption}
          now={now}
          onRename={setRenaming}
        />
      ) : (
        <EmptyNotice
          framed
          icon={IconSearchOff}
          title="No tender matches"
          description={
            isFiltered(query) ? 'No tender matches this search and these filters.' : 'Every tender in this workspace is archived.'
          }
          action={{
            label: isFiltered(query) ? 'Clear filters' : 'Show archived',
            onClick: () =>
              setTenderListQuery(
                isFiltered(query)
                  ? { search: '', status: DEFAULT_LIST_QUERY.status, deadline: DEFAULT_LIST_QUERY.deadline }
                  : { status: 'all' },
              ),
          }}
        />
      )}
    </Stack>
  );

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
        list
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
      {tenders.length >= RECENT_FROM && status === 'ready' ? <RecentTenders tenders={recent} /> : null}
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
