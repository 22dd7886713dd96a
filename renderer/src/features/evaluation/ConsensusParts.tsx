import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge, List, Table } from '@mantine/core';
import type { PanelMember } from '@shared/rules/evaluation';
import { fullDate, humanDate } from '../../lib/format';
import { personName } from './useLotEvaluation';

/**
 * A consensus table: the bidder, one column per evaluator on the panel (initials, the full name on
 * hover), then the given columns; the rows are the children.
 */
export function ConsensusTable({
  headingId,
  panel,
  columns,
  children,
}: {
  headingId: string;
  panel: readonly PanelMember[];
  columns: readonly string[];
  children: ReactNode;
}) {
  const { t } = useTranslation('evaluation');
  return (
    <Table verticalSpacing={4} striped aria-labelledby={headingId}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('consensus.bidder')}</Table.Th>
          {panel.map((p) => (
            <Table.Th scope="col" key={p.evaluator.id} title={p.evaluator.name}>
              {p.evaluator.initials || personName(p.evaluator, '?')}
            </Table.Th>
          ))}
          {columns.map((label) => (
            <Table.Th scope="col" key={label}>
              {label}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>{children}</Table.Tbody>
    </Table>
  );
}

export function ModeratedBadge() {
  const { t } = useTranslation('evaluation');
  return (
    <Badge color="blue" variant="light" tt="none" size="sm">
      {t('consensus.moderated')}
    </Badge>
  );
}

/** The moderations of a cell, oldest first. */
export function ModerationHistory({ items }: { items: { id: string; by: string; at: string; rationale: string; value: string }[] }) {
  const { t } = useTranslation('evaluation');
  if (items.length === 0) return null;
  return (
    <List size="xs" spacing={2} mt={4}>
      {items.map((m) => (
        <List.Item key={m.id} title={fullDate(m.at)}>
          {t('consensus.history', { when: humanDate(m.at), by: m.by, value: m.value, rationale: m.rationale })}
        </List.Item>
      ))}
    </List>
  );
}

/** A panel member's name by evaluator id, "?" when unknown. */
export function evaluatorName(panel: readonly PanelMember[], evaluatorId: string): string {
  return personName(panel.find((p) => p.evaluator.id === evaluatorId)?.evaluator ?? { name: '' }, '?');
}
