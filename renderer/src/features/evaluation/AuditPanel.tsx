import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { Badge, Table, Text } from '@mantine/core';
import type { AuditAction, LotEvaluation } from '@shared/model/evaluation';
import { fullDate } from '../../lib/format';

const ACTION: Record<AuditAction, { label: (t: TFunction) => string; color: string }> = {
  import: { label: (t) => t('evaluation:audit.import'), color: 'teal' },
  replace: { label: (t) => t('evaluation:audit.replace'), color: 'orange' },
  moderate: { label: (t) => t('evaluation:audit.moderate'), color: 'blue' },
  'withdraw-moderation': { label: (t) => t('evaluation:audit.withdraw'), color: 'gray' },
};

/** Who imported what and when, every replacement and every moderation, newest first. Nothing here can be edited. */
export function AuditPanel({ evaluation }: { evaluation: LotEvaluation }) {
  const { t } = useTranslation('evaluation');
  if (evaluation.audit.length === 0) return <Text c="dimmed">{t('audit.empty')}</Text>;
  return (
    <Table verticalSpacing={6} striped aria-labelledby="audit-caption" data-testid="audit-trail">
      <Table.Caption id="audit-caption">{t('audit.caption')}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('audit.when')}</Table.Th>
          <Table.Th scope="col">{t('audit.who')}</Table.Th>
          <Table.Th scope="col">{t('audit.what')}</Table.Th>
          <Table.Th scope="col">{t('audit.details')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {[...evaluation.audit].reverse().map((entry) => (
          <Table.Tr key={entry.id}>
            <Table.Td>{fullDate(entry.at)}</Table.Td>
            <Table.Td>{entry.by}</Table.Td>
            <Table.Td>
              <Badge color={ACTION[entry.action].color} variant="light" tt="none">
                {ACTION[entry.action].label(t)}
              </Badge>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{entry.summary}</Text>
              {entry.workbookSha256 ? (
                <Text size="xs" c="dimmed" title={entry.workbookSha256}>
                  {t('audit.checksum', { checksum: entry.workbookSha256.slice(0, 16) })}
                </Text>
              ) : null}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
