import { Anchor, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ExportFinding } from '@shared/api/contract';
import { useActions } from '../../store';
import { hashFor } from '../../store/router';

/** Findings with where they are, what to do, and a link to the screen that fixes them. */
export function FindingsList({ findings, tenderId, idPrefix }: { findings: readonly ExportFinding[]; tenderId: string; idPrefix: string }) {
  const { t } = useTranslation('exporting');
  const { navigate } = useActions();
  return (
    <List spacing="sm" listStyleType="none" className="tw-export-findings">
      {findings.map((f, index) => {
        const messageId = `${idPrefix}-${index}`;
        return (
          <List.Item key={f.id}>
            <Text size="sm" fw={600}>
              {f.where}
            </Text>
            <Text size="sm" id={messageId}>
              {f.message}
            </Text>
            <Text size="sm" c="dimmed">
              {f.fix}
            </Text>
            <Anchor
              size="sm"
              href={hashFor(f.screen, tenderId)}
              aria-describedby={messageId}
              onClick={(event) => {
                event.preventDefault();
                navigate(f.screen, tenderId, f.lotId);
              }}
            >
              {f.screen === 'criteria' ? t('findings.fixInCriteria') : t('findings.fixInClauses')}
            </Anchor>
          </List.Item>
        );
      })}
    </List>
  );
}
