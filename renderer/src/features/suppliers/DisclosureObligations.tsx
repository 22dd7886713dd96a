import { Badge, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { t } from '@shared/i18n';
import type { DisclosureObligation } from '@shared/rules/disclosureDue';
import { MatrixTable } from '../../components/MatrixTable';
import { longDate } from '../../lib/format';

const STATUS: Record<DisclosureObligation['status'], { label: () => string; color: string }> = {
  met: { label: () => t('suppliers:obligations.met'), color: 'teal' },
  due: { label: () => t('suppliers:obligations.due'), color: 'blue' },
  overdue: { label: () => t('suppliers:obligations.overdue'), color: 'red.9' },
  'no-award-date': { label: () => t('suppliers:obligations.noAwardDate'), color: 'gray' },
};

/** What each disclosure clause requires of the contract, when it is due, and whether it was received. */
export function DisclosureObligations({ obligations }: { obligations: DisclosureObligation[] }) {
  const { t } = useTranslation('suppliers');
  if (obligations.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('obligations.none')}
      </Text>
    );
  }
  return (
    <MatrixTable
      bordered
      testId="disclosure-obligations"
      aria-label={t('obligations.label')}
      columns={[
        { key: 'requirement', label: t('obligations.requirement') },
        { key: 'due', label: t('obligations.dueColumn'), cellClassName: 'tw-nowrap' },
        { key: 'status', label: t('obligations.status') },
      ]}
      rows={obligations}
      rowKey={(o) => o.clauseId}
      rowProps={(o) => ({ 'data-overdue': o.status === 'overdue' || undefined })}
      rowHeader={(o) => (
        <>
          <Text size="sm" fw={600}>
            {o.requirement}
          </Text>
          <Text size="xs" c="dimmed">
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
            {STATUS[o.status].label()}
          </Badge>
          <Text size="xs" mt={4}>
            {o.summary}
          </Text>
        </div>,
      ]}
    />
  );
}
