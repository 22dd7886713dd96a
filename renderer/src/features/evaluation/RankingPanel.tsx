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
  const priced = results.criteria.some((c) => c.role === 'price');
  const currency = useTenderCurrency();
  return (
    <Stack gap="md">
      {results.notes.length > 0 ? (
        <Alert color={results.complete ? 'blue' : 'yellow'} title={results.complete ? 'Notes' : 'Provisional results'}>
          <List size="sm" spacing={2}>
            {results.notes.map((note) => (
              <List.Item key={note}>{note}</List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
      <Table verticalSpacing={6} striped aria-labelledby="ranking-caption" data-testid="ranking">
        <Table.Caption id="ranking-caption">
          Final ranking in points out of 100, recomputed from the evaluators’ scores, the moderations and the bid prices; shown to two
          decimals, ties share a rank.
          {results.minimumQualityPoints !== null ? ` Minimum quality: ${decimal(results.minimumQualityPoints)} points.` : ''}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Rank</Table.Th>
            <Table.Th scope="col">Bidder</Table.Th>
            {priced ? <Table.Th scope="col">Bid price</Table.Th> : null}
            <Table.Th scope="col">Quality points</Table.Th>
            {priced ? <Table.Th scope="col">Price points</Table.Th> : null}
            <Table.Th scope="col">Total</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {order(results).map((b, i) => (
            <Table.Tr key={b.bidderId} data-testid={`ranking-row-${b.bidderId}`}>
              <Table.Td>{b.rank ?? '–'}</Table.Td>
              <Table.Th scope="row" fw={500}>
                {b.name.trim() || `Bidder ${i + 1}`}
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
                      Excluded
                    </Badge>
                    <Text size="xs">{b.exclusions.map((e) => e.message).join('; ')}</Text>
                  </>
                ) : b.rank !== null ? (
                  <>
                    <Badge color="teal" variant="light" tt="none">
                      Ranked
                    </Badge>
                    {b.pending.length ? <Text size="xs">Still open: {b.pending.join('; ')}</Text> : null}
                  </>
                ) : (
                  <>
                    <Badge color="gray" variant="light" tt="none">
                      Waiting
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
