import { useCallback, useMemo, useState } from 'react';
import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
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

export function TendersHome() {
  const { t } = useTranslation('tenders');
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
  const all = shown.length === tenders.length;
  const sorted = sortLabel(query.sort);
  const caption = all
    ? t('home.captionAll', { count: tenders.length, sorted })
    : t('home.captionSome', { count: tenders.length, shown: shown.length, sorted });

  const list = (
    <Stack gap="sm">
      <TenderListControls query={query} onChange={setTenderListQuery} />
      <Group gap="xs" aria-live="polite">
        <Text size="sm" c="dimmed" data-testid="tender-count">
          {all ? t('home.showingAll', { count: tenders.length }) : t('home.showingSome', { count: tenders.length, shown: shown.length })}
          {hiddenArchived ? t('home.archivedHidden', { count: hiddenArchived }) : ''}
        </Text>
        {hiddenArchived ? (
          <Anchor component="button" size="sm" onClick={() => setTenderListQuery({ status: 'all' })}>
            {t('home.showArchived')}
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
          title={t('home.noMatch')}
          description={isFiltered(query) ? t('home.noMatchFiltered') : t('home.allArchived')}
          action={{
            label: isFiltered(query) ? t('home.clearFilters') : t('home.showArchived'),
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
      loadingLabel={t('home.loading')}
      failedTitle={t('home.loadFailed')}
      error={error}
      onRetry={() => void loadTenders()}
    >
      {tenders.length === 0 ? (
        <EmptyNotice
          framed
          icon={IconFolderPlus}
          title={t('home.empty')}
          description={t('home.emptyHelp')}
          action={{ label: t('home.createFirst'), icon: IconPlus, onClick: () => setCreating(true) }}
        />
      ) : (
        list
      )}
    </LoadGate>
  );

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <ScreenIntro title={t('home.heading')}>{t('home.intro')}</ScreenIntro>
        <Group gap="sm">
          <Button component="a" href={hashFor('deleted')} variant="subtle" leftSection={<IconTrash size={16} aria-hidden />}>
            {t('home.recentlyDeleted')}
          </Button>
          <Button variant="default" leftSection={<IconFileImport size={16} aria-hidden />} onClick={() => setImporting(true)}>
            {t('home.fromNotice')}
          </Button>
          {tenders.length > 0 ? (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
              {t('home.newTender')}
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
          notifications.show({ color: 'teal', title: t('home.created'), message: t('home.createdMessage', { title: tender.title }) });
          navigate('details', tender.id);
        }}
      />
      <RenameTenderModal tender={renaming} onClose={() => setRenaming(null)} />
      <ImportNoticeModal opened={importing} onClose={() => setImporting(false)} />
    </Stack>
  );
}
