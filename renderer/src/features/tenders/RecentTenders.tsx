import { Anchor, Group, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TenderSummary } from '@shared/model/tender';
import { hashFor } from '../../store/router';

/** The few tenders opened last on this computer, one click away above a long list. */
export function RecentTenders({ tenders }: { tenders: readonly TenderSummary[] }) {
  const { t } = useTranslation('tenders');
  if (!tenders.length) return null;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="recent-tenders-heading">
      <Title order={2} size="h5" id="recent-tenders-heading" mb="xs">
        {t('recent.heading')}
      </Title>
      <Group component="ul" gap="lg" className="tw-plain-list" wrap="wrap">
        {tenders.map((tender) => (
          <li key={tender.id}>
            <Anchor href={hashFor('details', tender.id)} fw={600}>
              {tender.title || t('untitled')}
            </Anchor>
            {tender.reference ? (
              <Text span size="sm" c="dimmed" ml={6}>
                {tender.reference}
              </Text>
            ) : null}
          </li>
        ))}
      </Group>
    </Paper>
  );
}
