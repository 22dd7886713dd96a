import { useTranslation } from 'react-i18next';
import { Alert, Badge, List, Stack, Table, Text } from '@mantine/core';
import type { LotResults } from '@shared/rules/evaluation';
import { decimal, money } from '../../lib/format';
import { useTenderCurrency } from '../../store';
import { formatPoints } from './format';

/** Ranked bids first (by rank), then bids still waiting for something, then excluded bids. */
function order(results: LotResults) {
  const weight = (b: LotResults['bidders'][number]) => (b.rank !== null ? b.rank : b.excluded ? 10_000 : 5_000);
  return [...results.bidders].sort((a, b) => weight(a) - weight(b));
}

export function RankingPanel({ results }: { results: LotResults }) {
  const { t } = useTranslation('evaluation');
  const priced = results.criteria.some((c) => c.role === 'price');
  const currency = useTenderCurrency();
  return (
    <Stack gap="md">
      {results.notes.length > 0 ? (
        <Alert color={results.complete ? 'blue' : 'yellow'} title={results.complete ? t('ranking.notes') : t('ranking.provisional')}>
          <List size="sm" spacing={2}>
            {results.notes.map((note) => (
              <List.Item key={note}>{note}</List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
      <Table verticalSpacing={6} striped aria-labelledby="ranking-caption" data-testid="ranking">
        <Table.Caption id="ranking-caption">
          {t('ranking.caption')}
          {results.minimumQualityPoints !== null ? ` ${t('ranking.minimum', { points: decimal(results.minimumQualityPoints) })}` : ''}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('ranking.rank')}</Table.Th>
            <Table.Th scope="col">{t('consensus.bidder')}</Table.Th>
            {priced ? <Table.Th scope="col">{t('setup.price')}</Table.Th> : null}
            <Table.Th scope="col">{t('ranking.quality')}</Table.Th>
            {priced ? <Table.Th scope="col">{t('ranking.pricePoints')}</Table.Th> : null}
            <Table.Th scope="col">{t('ranking.total')}</Table.Th>
            <Table.Th scope="col">{t('ranking.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {order(results).map((b, i) => (
            <Table.Tr key={b.bidderId} data-testid={`ranking-row-${b.bidderId}`}>
              <Table.Td>{b.rank ?? '–'}</Table.Td>
              <Table.Th scope="row" fw={500}>
                {b.name.trim() || t('setup.bidderNumber', { number: i + 1 })}
                {b.reference ? (
                  <Text span size="xs" c="dimmed">
                    {' '}
                    ({b.reference})
                  </Text>
                ) : null}
              </Table.Th>
              {priced ? <Table.Td>{b.priceCents === undefined ? '–' : money(b.priceCents, currency)}</Table.Td> : null}
              <Table.Td>{formatPoints(b.qualityPointsRounded)}</Table.Td>
              {priced ? <Table.Td>{formatPoints(b.pricePointsRounded)}</Table.Td> : null}
              <Table.Td fw={600}>{formatPoints(b.totalRounded)}</Table.Td>
              <Table.Td>
                {b.excluded ? (
                  <>
                    <Badge color="red" variant="light" tt="none">
                      {t('ranking.excluded')}
                    </Badge>
                    <Text size="xs">{b.exclusions.map((e) => e.message).join('; ')}</Text>
                  </>
                ) : b.rank !== null ? (
                  <>
                    <Badge color="teal" variant="light" tt="none">
                      {t('ranking.ranked')}
                    </Badge>
                    {b.pending.length ? <Text size="xs">{t('ranking.stillOpen', { list: b.pending.join('; ') })}</Text> : null}
                  </>
                ) : (
                  <>
                    <Badge color="gray" variant="light" tt="none">
                      {t('ranking.waiting')}
                    </Badge>
                    <Text size="xs">{b.pending.join('; ')}</Text>
                  </>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
