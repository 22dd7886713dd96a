import { Button, Group, NativeSelect, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { TENDER_STATUS_LABELS, TENDER_STATUSES } from '@shared/model/tenderStatus';
import { DEFAULT_LIST_QUERY, type DeadlineFilter, type StatusFilter, type TenderListQuery } from '@shared/rules/tenderList';

const STATUS_OPTIONS = [
  { value: 'active', label: 'All but archived' },
  ...TENDER_STATUSES.map((status) => ({ value: status, label: TENDER_STATUS_LABELS[status] })),
  { value: 'all', label: 'All, with archived' },
];

/** The deadline choices an officer asks for most, each one filter of the rule. */
const DEADLINES: { value: string; label: string; filter: DeadlineFilter }[] = [
  { value: 'any', label: 'Any deadline', filter: { kind: 'any' } },
  { value: 'closing7', label: 'Closing in the next 7 days', filter: { kind: 'closingWithin', days: 7 } },
  { value: 'closing30', label: 'Closing in the next 30 days', filter: { kind: 'closingWithin', days: 30 } },
  { value: 'closed', label: 'Submission deadline passed', filter: { kind: 'closed' } },
  { value: 'none', label: 'No submission deadline set', filter: { kind: 'noDeadline' } },
  { value: 'award30', label: 'Award date in the next 30 days', filter: { kind: 'awardWithin', days: 30 } },
  { value: 'between', label: 'Submission deadline between…', filter: { kind: 'between' } },
];

const deadlineValue = (filter: DeadlineFilter) =>
  DEADLINES.find((d) => d.filter.kind === filter.kind && (!('days' in d.filter) || ('days' in filter && d.filter.days === filter.days)))
    ?.value ?? 'any';

export const isFiltered = (query: TenderListQuery) =>
  query.search.trim() !== '' || query.status !== 'active' || query.deadline.kind !== 'any';

export function TenderListControls({ query, onChange }: { query: TenderListQuery; onChange: (change: Partial<TenderListQuery>) => void }) {
  const between = query.deadline.kind === 'between' ? query.deadline : null;
  const setBetween = (end: 'from' | 'to', day: string) => {
    const { from, to } = between ?? {};
    const next = { from, to, [end]: day || undefined };
    onChange({ deadline: { kind: 'between', ...(next.from ? { from: next.from } : {}), ...(next.to ? { to: next.to } : {}) } });
  };

  return (
    <Group align="flex-end" gap="sm" wrap="wrap" role="search" aria-label="Find tenders">
      <TextInput
        type="search"
        label="Search tenders"
        placeholder="Title, reference or buying organisation"
        leftSection={<IconSearch size={16} aria-hidden />}
        value={query.search}
        onChange={(e) => onChange({ search: e.currentTarget.value })}
        w={320}
      />
      <NativeSelect
        label="Status"
        data={STATUS_OPTIONS}
        value={query.status}
        onChange={(e) => onChange({ status: e.currentTarget.value as StatusFilter })}
        w={190}
      />
      <NativeSelect
        label="Deadline"
        data={DEADLINES.map(({ value, label }) => ({ value, label }))}
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
            label="Deadline from"
            value={between.from ?? ''}
            onChange={(e) => setBetween('from', e.currentTarget.value)}
            w={160}
          />
          <TextInput
            type="date"
            label="Deadline to"
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
          Clear filters
        </Button>
      ) : null}
    </Group>
  );
}
