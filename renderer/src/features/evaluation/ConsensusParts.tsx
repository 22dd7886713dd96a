import type { ReactNode } from 'react';
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
  return (
    <Table verticalSpacing={4} striped aria-labelledby={headingId}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Bidder</Table.Th>
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
  return (
    <Badge color="blue" variant="light" tt="none" size="sm">
      Moderated
    </Badge>
  );
}

/** The moderations of a cell, oldest first. */
export function ModerationHistory({ items }: { items: { id: string; by: string; at: string; rationale: string; value: string }[] }) {
  if (items.length === 0) return null;
  return (
    <List size="xs" spacing={2} mt={4}>
      {items.map((m) => (
        <List.Item key={m.id}>
          <span title={fullDate(m.at)}>{humanDate(m.at)}</span>, {m.by}: {m.value}. {m.rationale}
        </List.Item>
      ))}
    </List>
  );
}

/** A panel member's name by evaluator id, "?" when unknown. */
export function evaluatorName(panel: readonly PanelMember[], evaluatorId: string): string {
  return personName(panel.find((p) => p.evaluator.id === evaluatorId)?.evaluator ?? { name: '' }, '?');
}
