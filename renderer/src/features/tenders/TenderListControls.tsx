import { Button, Group, NativeSelect, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { t } from '@shared/i18n';
import { TENDER_STATUSES } from '@shared/model/tenderStatus';
import { DEFAULT_LIST_QUERY, type DeadlineFilter, type StatusFilter, type TenderListQuery } from '@shared/rules/tenderList';
import { STATUS_LABEL } from './statusLabels';

const statusOptions = () => [
  { value: 'active', label: t('tenders:filters.active') },
  ...TENDER_STATUSES.map((status) => ({ value: status, label: STATUS_LABEL[status]() })),
  { value: 'all', label: t('tenders:filters.all') },
];

/** The deadline choices an officer asks for most, each one filter of the rule. */
const DEADLINES: { value: string; label: () => string; filter: DeadlineFilter }[] = [
  { value: 'any', label: () => t('tenders:filters.anyDeadline'), filter: { kind: 'any' } },
  { value: 'closing7', label: () => t('tenders:filters.closingWithin', { count: 7 }), filter: { kind: 'closingWithin', days: 7 } },
  { value: 'closing30', label: () => t('tenders:filters.closingWithin', { count: 30 }), filter: { kind: 'closingWithin', days: 30 } },
  { value: 'closed', label: () => t('tenders:filters.closed'), filter: { kind: 'closed' } },
  { value: 'none', label: () => t('tenders:filters.noDeadline'), filter: { kind: 'noDeadline' } },
  { value: 'award30', label: () => t('tenders:filters.awardWithin', { count: 30 }), filter: { kind: 'awardWithin', days: 30 } },
  { value: 'between', label: () => t('tenders:filters.between'), filter: { kind: 'between' } },
];

const deadlineValue = (filter: DeadlineFilter) =>
  DEADLINES.find((d) => d.filter.kind === filter.kind && (!('days' in d.filter) || ('days' in filter && d.filter.days === filter.days)))
    ?.value ?? 'any';

export const isFiltered = (query: TenderListQuery) =>
  query.search.trim() !== '' || query.status !== 'active' || query.deadline.kind !== 'any';

export function TenderListControls({ query, onChange }: { query: TenderListQuery; onChange: (change: Partial<TenderListQuery>) => void }) {
  const { t } = useTranslation('tenders');
  const between = query.deadline.kind === 'between' ? query.deadline : null;
  const setBetween = (end: 'from' | 'to', day: string) => {
    const { from, to } = between ?? {};
    const next = { from, to, [end]: day || undefined };
    onChange({ deadline: { kind: 'between', ...(next.from ? { from: next.from } : {}), ...(next.to ? { to: next.to } : {}) } });
  };

  return (
    <Group align="flex-end" gap="sm" wrap="wrap" role="search" aria-label={t('filters.region')}>
      <TextInput
        type="search"
        label={t('filters.search')}
        placeholder={t('filters.searchPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={query.search}
        onChange={(e) => onChange({ search: e.currentTarget.value })}
        w={320}
      />
      <NativeSelect
        label={t('filters.status')}
        data={statusOptions()}
        value={query.status}
        onChange={(e) => onChange({ status: e.currentTarget.value as StatusFilter })}
        w={190}
      />
      <NativeSelect
        label={t('filters.deadline')}
        data={DEADLINES.map(({ value, label }) => ({ value, label: label() }))}
        value={deadlineValue(query.deadline)}
        onChange={(e) => {
          const value = e.currentTarget.value;
          onChange({ deadline: DEADLINES.find((d) => d.value === value)?.filter ?? { kind: 'any' } });
        }}
        w={260}
      />
      {between ? (
        <>
          <TextInput
            type="date"
            label={t('filters.from')}
            value={between.from ?? ''}
            onChange={(e) => setBetween('from', e.currentTarget.value)}
            w={160}
          />
          <TextInput
            type="date"
            label={t('filters.to')}
            value={between.to ?? ''}
            onChange={(e) => setBetween('to', e.currentTarget.value)}
            w={160}
          />
        </>
      ) : null}
      {isFiltered(query) ? (
        <Button
          variant="subtle"
          onClick={() => onChange({ search: '', status: DEFAULT_LIST_QUERY.status, deadline: DEFAULT_LIST_QUERY.deadline })}
        >
          {t('filters.clear')}
        </Button>
      ) : null}
    </Group>
  );
}
