import { Badge, List, Table } from '@mantine/core';
import type { PanelMember } from '@shared/rules/evaluation';
import { fullDate, humanDate } from '../../lib/format';
import { personName } from './useLotEvaluation';

/** One column header per evaluator on the panel: initials, the full name on hover. */
export function EvaluatorHeaders({ panel }: { panel: readonly PanelMember[] }) {
  return (
    <>
      {panel.map((p) => (
        <Table.Th scope="col" key={p.evaluator.id} title={p.evaluator.name}>
          {p.evaluator.initials || personName(p.evaluator, '?')}
        </Table.Th>
      ))}
    </>
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
