import { Badge, Table, Text } from '@mantine/core';
import type { AuditAction, LotEvaluation } from '@shared/model/evaluation';
import { fullDate } from '../../lib/format';

const ACTION: Record<AuditAction, { label: string; color: string }> = {
  import: { label: 'Import', color: 'teal' },
  replace: { label: 'Replacement', color: 'orange' },
  moderate: { label: 'Moderation', color: 'blue' },
  'withdraw-moderation': { label: 'Moderation withdrawn', color: 'gray' },
};

/** Who imported what and when, every replacement and every moderation, newest first. Nothing here can be edited. */
export function AuditPanel({ evaluation }: { evaluation: LotEvaluation }) {
  if (evaluation.audit.length === 0) return <Text c="dimmed">Nothing has happened in this evaluation yet.</Text>;
  return (
    <Table verticalSpacing={6} striped aria-labelledby="audit-caption" data-testid="audit-trail">
      <Table.Caption id="audit-caption">
        Audit trail: every import, replacement and moderation, newest first. Entries cannot be changed.
      </Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">When</Table.Th>
          <Table.Th scope="col">Who</Table.Th>
          <Table.Th scope="col">What</Table.Th>
          <Table.Th scope="col">Details</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {[...evaluation.audit].reverse().map((entry) => (
          <Table.Tr key={entry.id}>
            <Table.Td>{fullDate(entry.at)}</Table.Td>
            <Table.Td>{entry.by}</Table.Td>
            <Table.Td>
              <Badge color={ACTION[entry.action].color} variant="light" tt="none">
                {ACTION[entry.action].label}
              </Badge>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{entry.summary}</Text>
              {entry.workbookSha256 ? (
                <Text size="xs" c="dimmed" title={entry.workbookSha256}>
                  File checksum (SHA-256) {entry.workbookSha256.slice(0, 16)}…
                </Text>
              ) : null}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
