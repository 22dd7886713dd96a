import type { ReactNode } from 'react';
import { Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import type { ComparedPart } from '@shared/rules/versionDiff';
import { t } from '@shared/i18n';
import { useTranslation } from 'react-i18next';

const CHANGED_BY: Record<ComparedPart['changedBy'], () => string> = {
  theirs: () => t('common:compare.changedByThem'),
  mine: () => t('common:compare.changedByYou'),
  both: () => t('common:compare.changedByBoth'),
  unknown: () => t('common:compare.differs'),
};

interface VersionDifferencesProps {
  parts: readonly ComparedPart[];
  /** Column headings: the other version, then the one it is compared with. */
  leftLabel: string;
  rightLabel: string;
  /** What can be done with a part (keep a side, copy it), beside its heading. */
  partActions?: (part: ComparedPart) => ReactNode;
  /** Below a part's table: e.g. one action per clause or question inside it. */
  partFooter?: (part: ComparedPart) => ReactNode;
  /** Hide the "changed by" badges where nobody's side is known (an old version against the current one). */
  showChangedBy?: boolean;
}

/**
 * Two versions of a tender field by field, part by part (details, each lot, clauses, questionnaire):
 * the one comparison view, used by the conflict screen and by the backups.
 */
export function VersionDifferences({
  parts,
  leftLabel,
  rightLabel,
  partActions,
  partFooter,
  showChangedBy = true,
}: VersionDifferencesProps) {
  const { t } = useTranslation('common');
  if (parts.length === 0) return <Text size="sm">{t('compare.same')}</Text>;
  return (
    <Stack gap="lg">
      {parts.map((part) => (
        <section key={part.key} aria-labelledby={`compare-${part.key}`} data-testid="compare-part">
          <Group justify="space-between" mb="xs" wrap="nowrap">
            <Group gap="xs">
              <Title order={3} size="h5" id={`compare-${part.key}`}>
                {part.label}
              </Title>
              {showChangedBy ? (
                <Badge variant="light" color={part.changedBy === 'both' ? 'orange' : 'gray'}>
                  {CHANGED_BY[part.changedBy]()}
                </Badge>
              ) : null}
            </Group>
            {partActions?.(part)}
          </Group>
          <Table withTableBorder striped layout="fixed" fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w="30%">{t('compare.what')}</Table.Th>
                <Table.Th>{leftLabel}</Table.Th>
                <Table.Th>{rightLabel}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {part.changes.map((change, index) => (
                <Table.Tr key={index}>
                  <Table.Td>{change.where}</Table.Td>
                  <Table.Td className="tw-compare-value">{change.theirs}</Table.Td>
                  <Table.Td className="tw-compare-value">{change.mine}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {partFooter?.(part)}
        </section>
      ))}
    </Stack>
  );
}
