import { memo, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { Anchor, Badge, Paper, Table, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconArrowDown, IconArrowsSort, IconArrowUp } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import { t } from '@shared/i18n';
import type { TenderSummary } from '@shared/model/tender';
import { statusOf, type TenderStatus } from '@shared/model/tenderStatus';
import type { SortDirection, TenderListQuery, TenderSortKey } from '@shared/rules/tenderList';
import { hashFor } from '../../store/router';
import { fullDate, humanDate } from '../../lib/format';
import { TenderRowMenu } from './TenderRowMenu';
import { STATUS_LABEL } from './statusLabels';
import './tendersTable.css';

/** Every row is one line high, so the list can be laid out without measuring rows. */
const ROW_HEIGHT = 49;
const OVERSCAN = 8;

interface Column {
  key: TenderSortKey;
  /** The column's heading, read at render in the screens' language. */
  label: () => string;
  /** The same in a sentence ("sorted by last edited"). */
  sortedBy: (direction: SortDirection) => string;
  width: string;
  /** The direction a first click sorts in: soonest dates and newest edits first, text A to Z. */
  first: SortDirection;
}

const COLUMNS: readonly Column[] = [
  {
    key: 'title',
    label: () => t('tenders:table.title'),
    sortedBy: (d) => (d === 'ascending' ? t('tenders:table.sortedBy.titleAscending') : t('tenders:table.sortedBy.titleDescending')),
    width: 'auto',
    first: 'ascending',
  },
  {
    key: 'reference',
    label: () => t('tenders:table.reference'),
    sortedBy: (d) => (d === 'ascending' ? t('tenders:table.sortedBy.referenceAscending') : t('tenders:table.sortedBy.referenceDescending')),
    width: '104px',
    first: 'ascending',
  },
  {
    key: 'buyer',
    label: () => t('tenders:table.buyer'),
    sortedBy: (d) => (d === 'ascending' ? t('tenders:table.sortedBy.buyerAscending') : t('tenders:table.sortedBy.buyerDescending')),
    width: '150px',
    first: 'ascending',
  },
  {
    key: 'status',
    label: () => t('tenders:table.status'),
    sortedBy: (d) => (d === 'ascending' ? t('tenders:table.sortedBy.statusAscending') : t('tenders:table.sortedBy.statusDescending')),
    width: '116px',
    first: 'ascending',
  },
  {
    key: 'submissionDeadline',
    label: () => t('tenders:table.submissionDeadline'),
    sortedBy: (d) => (d === 'ascending' ? t('tenders:table.sortedBy.deadlineAscending') : t('tenders:table.sortedBy.deadlineDescending')),
    width: '116px',
    first: 'ascending',
  },
  {
    key: 'awardDate',
    label: () => t('tenders:table.awardDate'),
    sortedBy: (d) => (d === 'ascending' ? t('tenders:table.sortedBy.awardAscending') : t('tenders:table.sortedBy.awardDescending')),
    width: '108px',
    first: 'ascending',
  },
  {
    key: 'updatedAt',
    label: () => t('tenders:table.updatedAt'),
    sortedBy: (d) => (d === 'ascending' ? t('tenders:table.sortedBy.updatedAscending') : t('tenders:table.sortedBy.updatedDescending')),
    width: '108px',
    first: 'descending',
  },
];
const ACTIONS_WIDTH = '52px';

const STATUS_COLORS: Record<TenderStatus, string> = {
  draft: 'gray',
  issued: 'blue',
  evaluating: 'violet',
  awarded: 'teal',
  archived: 'dark',
};

const dayFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const shortDay = (day: string | undefined) => (day ? dayFormat.format(new Date(`${day}T00:00:00Z`)) : '—');

export const sortLabel = (sort: TenderListQuery['sort']) => COLUMNS.find((c) => c.key === sort.key)!.sortedBy(sort.direction);

function SortHeader({
  column,
  sort,
  onSort,
}: {
  column: Column;
  sort: TenderListQuery['sort'];
  onSort: (sort: TenderListQuery['sort']) => void;
}) {
  const active = sort.key === column.key;
  const Icon = !active ? IconArrowsSort : sort.direction === 'ascending' ? IconArrowUp : IconArrowDown;
  const next: SortDirection = active ? (sort.direction === 'ascending' ? 'descending' : 'ascending') : column.first;
  return (
    <Table.Th scope="col" aria-sort={active ? sort.direction : undefined} style={{ width: column.width }}>
      <UnstyledButton className="tw-sort-button" onClick={() => onSort({ key: column.key, direction: next })}>
        {column.label()}
        <Icon size={14} aria-hidden opacity={active ? 1 : 0.45} />
      </UnstyledButton>
    </Table.Th>
  );
}

// Memoised: a keystroke that keeps a row in view re-renders only the rows that are new.
const TenderRow = memo(function TenderRow({
  tender,
  index,
  now,
  onRename,
}: {
  tender: TenderSummary;
  index: number;
  now: number;
  onRename: (t: TenderSummary) => void;
}) {
  const title = tender.title || t('tenders:untitled');
  const status = statusOf(tender);
  return (
    <Table.Tr aria-rowindex={index + 2} data-index={index}>
      <Table.Th scope="row" fw="normal">
        <Anchor href={hashFor('details', tender.id)} className="tw-tender-title-link" size="sm" data-row-link>
          {title}
        </Anchor>
      </Table.Th>
      <Table.Td className="tw-muted-cell">{tender.reference || '—'}</Table.Td>
      <Table.Td>{tender.buyer || '—'}</Table.Td>
      <Table.Td>
        <Badge variant="light" color={STATUS_COLORS[status]} radius="sm" tt="none">
          {STATUS_LABEL[status]()}
        </Badge>
      </Table.Td>
      <Table.Td>{shortDay(tender.submissionDeadline)}</Table.Td>
      <Table.Td>{shortDay(tender.awardDate)}</Table.Td>
      <Table.Td>
        <time dateTime={tender.updatedAt} title={fullDate(tender.updatedAt)}>
          {humanDate(tender.updatedAt, now)}
        </time>
      </Table.Td>
      <Table.Td>
        <TenderRowMenu tender={tender} title={title} onRename={onRename} />
      </Table.Td>
    </Table.Tr>
  );
});

export interface TendersTableProps {
  tenders: readonly TenderSummary[];
  sort: TenderListQuery['sort'];
  onSort: (sort: TenderListQuery['sort']) => void;
  caption: string;
  now: number;
  onRename: (t: TenderSummary) => void;
}

/**
 * The tenders as one table that renders only the rows in view (plus a few either side), so a
 * workspace of a thousand tenders scrolls and filters as quickly as one of ten. Screen readers still
 * hear the whole table's size (aria-rowcount, each row's aria-rowindex); Up and Down on a title move
 * to the next row's title, Home and End to the first and last, scrolling as needed.
 */
export function TendersTable({ tenders, sort, onSort, caption, now, onRename }: TendersTableProps) {
  const { t } = useTranslation('tenders');
  const scrollRef = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef<number | null>(null);
  // The virtualizer re-renders this table itself on scroll; nothing below memoises its functions.
  // eslint-disable-next-line react-hooks/incompatible-library -- see above
  const virtualizer = useVirtualizer({
    count: tenders.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
    getItemKey: (index) => tenders[index]!.id,
  });
  const items = virtualizer.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);

  // Focus moves once the row asked for is rendered (it may need a scroll first).
  useLayoutEffect(() => {
    const index = pendingFocus.current;
    if (index === null) return;
    const link = scrollRef.current?.querySelector<HTMLElement>(`tr[data-index="${index}"] [data-row-link]`);
    if (link) {
      pendingFocus.current = null;
      link.focus();
    }
  });

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('tr[data-index]');
    if (!row || !(event.target as HTMLElement).matches('[data-row-link]')) return;
    const index = Number(row.dataset.index);
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: tenders.length - 1 };
    const target = moves[event.key];
    if (target === undefined || target < 0 || target >= tenders.length) return;
    event.preventDefault();
    pendingFocus.current = target;
    virtualizer.scrollToIndex(target, { align: 'auto' });
    const link = scrollRef.current?.querySelector<HTMLElement>(`tr[data-index="${target}"] [data-row-link]`);
    if (link) {
      pendingFocus.current = null;
      link.focus();
    }
  };

  return (
    <Paper withBorder radius="md">
      <div ref={scrollRef} className="tw-tender-scroll" tabIndex={0} role="region" aria-label={t('table.region')}>
        <Table
          fz="sm"
          className="tw-tender-table"
          highlightOnHover
          verticalSpacing="sm"
          horizontalSpacing="md"
          captionSide="top"
          aria-rowcount={tenders.length + 1}
        >
          <Table.Caption>{caption}</Table.Caption>
          <Table.Thead>
            <Table.Tr aria-rowindex={1}>
              {COLUMNS.map((column) => (
                <SortHeader key={column.key} column={column} sort={sort} onSort={onSort} />
              ))}
              <Table.Th scope="col" style={{ width: ACTIONS_WIDTH }}>
                <VisuallyHidden>{t('table.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody onKeyDown={onKeyDown}>
            {before > 0 ? (
              <tr aria-hidden className="tw-virtual-spacer">
                <td colSpan={COLUMNS.length + 1} style={{ height: before }} />
              </tr>
            ) : null}
            {items.map((item) => (
              <TenderRow key={item.key} tender={tenders[item.index]!} index={item.index} now={now} onRename={onRename} />
            ))}
            {after > 0 ? (
              <tr aria-hidden className="tw-virtual-spacer">
                <td colSpan={COLUMNS.length + 1} style={{ height: after }} />
              </tr>
            ) : null}
          </Table.Tbody>
        </Table>
      </div>
    </Paper>
  );
}
