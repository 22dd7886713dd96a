import { Badge, Button, List, Paper, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { roundScore } from '@shared/rules/scoring';
import { decimal } from '../../lib/format';
import type { FormulaSimulation } from '@shared/rules/simulator';
import { Term } from '../../components/Term';
import type { GlossaryTermId } from '@shared/model/glossary';
import type { PriceFormulaType } from '@shared/model/scoring';
import { useTranslation } from 'react-i18next';
import { formulaLabel } from './labels';

/** The glossary entry that explains each formula. */
const FORMULA_TERMS: Record<PriceFormulaType, GlossaryTermId> = {
  'lowest-price-ratio': 'lowest-price-ratio',
  'linear-lowest-highest': 'linear-price-formula',
  'deviation-from-lowest': 'deviation-price-formula',
  absolute: 'absolute-price-formula',
};

/** Scores as the simulator shows them: two decimals. */
const fmt = (n: number) => decimal(roundScore(n));

/** One formula's scores and ranking for the sample bids, and whether withdrawing or adding a bid reorders them. */
export function FormulaCard({
  result,
  chosen,
  onUse,
  useLabel,
}: {
  result: FormulaSimulation;
  chosen: boolean;
  onUse?: () => void;
  useLabel?: string;
}) {
  const headingId = `sim-${result.formula}-heading`;
  const { t } = useTranslation('criteria');
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-labelledby={headingId}
      className="tw-cr-sim-card"
      data-chosen={chosen || undefined}
    >
      <Title order={3} size="h5" id={headingId}>
        <Term id={FORMULA_TERMS[result.formula]}>{formulaLabel(result.formula)}</Term>
      </Title>
      {chosen ? (
        <Badge size="sm" variant="light" tt="none" mt={2}>
          {t('simulator.planned')}
        </Badge>
      ) : null}
      <Text size="xs" c="dimmed" className="tw-cr-formula" mb="xs">
        {result.expression}
      </Text>
      {!result.available ? (
        <Text size="sm">{result.reason}</Text>
      ) : (
        <>
          <Table className="tw-cr-sim-table" withRowBorders verticalSpacing={4} horizontalSpacing={6}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('simulator.rank')}</Table.Th>
                <Table.Th scope="col">{t('simulator.bid')}</Table.Th>
                <Table.Th scope="col" className="tw-cr-num">
                  {t('simulator.pricePoints')}
                </Table.Th>
                <Table.Th scope="col" className="tw-cr-num">
                  {t('simulator.total')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {result.ranking.map((bidId) => {
                const bid = result.bids.find((b) => b.bidId === bidId);
                if (!bid) return null;
                return (
                  <Table.Tr key={bid.bidId}>
                    <Table.Td>{bid.rank}</Table.Td>
                    <Table.Th scope="row" fw={500}>
                      {bid.label}
                    </Table.Th>
                    <Table.Td className="tw-cr-num">{fmt(bid.priceScore)}</Table.Td>
                    <Table.Td className="tw-cr-num">{fmt(bid.total)}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
          {result.reversals.length ? (
            <div className="tw-cr-sim-reversals">
              <Text size="sm" fw={600} className="tw-cr-sim-flag">
                <IconAlertTriangle size={16} aria-hidden /> {t('simulator.orderCanChange')}
              </Text>
              <List size="xs" spacing={2}>
                {result.reversals.map((r) => (
                  <List.Item key={`${r.trigger}-${r.bidId}`}>{r.message}</List.Item>
                ))}
              </List>
            </div>
          ) : (
            <Text size="sm" className="tw-cr-sim-steady" mt="xs">
              <IconCircleCheck size={16} aria-hidden /> {t('simulator.orderSteady')}
            </Text>
          )}
          {onUse ? (
            <Button variant="subtle" size="compact-sm" mt="xs" onClick={onUse}>
              {useLabel}
            </Button>
          ) : null}
        </>
      )}
    </Paper>
  );
}
