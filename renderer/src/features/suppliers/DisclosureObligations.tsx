import { Badge, Text } from '@mantine/core';
import type { DisclosureObligation } from '@shared/rules/disclosureDue';
import { MatrixTable } from '../../components/MatrixTable';
import { longDate } from '../../lib/format';

const STATUS: Record<DisclosureObligation['status'], { label: string; color: string }> = {
  met: { label: 'Met', color: 'teal' },
  due: { label: 'Due', color: 'blue' },
  overdue: { label: 'Overdue', color: 'red.9' },
  'no-award-date': { label: 'No award date', color: 'gray' },
};

/** What each disclosure clause requires of the contract, when it is due, and whether it was received. */
export function DisclosureObligations({ obligations }: { obligations: DisclosureObligation[] }) {
  if (obligations.length === 0) {
    return (
      <Text size="sm" c="gray.7">
        The tender’s clauses set no disclosure deadline. Add a disclosure clause (for example “Disclosure of production sites (Tier 1)”) on
        the Clauses screen to see here what is due.
      </Text>
    );
  }
  return (
    <MatrixTable
      bordered
      testId="disclosure-obligations"
      aria-label="Disclosure obligations"
      columns={[
        { key: 'requirement', label: 'Requirement' },
        { key: 'due', label: 'Due', cellClassName: 'tw-nowrap' },
        { key: 'status', label: 'Status' },
      ]}
      rows={obligations}
      rowKey={(o) => o.clauseId}
      rowProps={(o) => ({ 'data-overdue': o.status === 'overdue' || undefined })}
      rowHeader={(o) => (
        <>
          <Text size="sm" fw={600}>
            {o.requirement}
          </Text>
          <Text size="xs" c="gray.7">
            {o.clauseTitle}
          </Text>
        </>
      )}
      cells={(o) => [
        <Text key="due" size="sm" fw={o.status === 'overdue' ? 700 : undefined} c={o.status === 'overdue' ? 'red.8' : undefined}>
          {o.due ? longDate(o.due) : '—'}
        </Text>,
        <div key="status">
          <Badge color={STATUS[o.status].color} variant={o.status === 'overdue' ? 'filled' : 'light'}>
            {STATUS[o.status].label}
          </Badge>
          <Text size="xs" mt={4}>
            {o.summary}
          </Text>
        </div>,
      ]}
    />
  );
}
