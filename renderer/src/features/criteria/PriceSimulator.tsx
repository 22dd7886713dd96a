import { ActionIcon, Alert, Button, Group, List, Modal, NativeSelect, Stack, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCircleCheck, IconPlus, IconTrash } from '@tabler/icons-react';
import { updateCriterion } from '@shared/rules/criteriaEdits';
import { PRICE_FORMULAS, type PriceFormula, type PriceFormulaType } from '@shared/model/scoring';
import { SIMULATOR_MAX_BIDS } from '@shared/rules/simulator';
import { newBidRow, priceCriterionOf, readSimulatorForm, type BidRow, type SimulatorState } from '@shared/rules/simulatorForm';
import type { Lot } from '@shared/model/tender';
import { FieldMessage } from '../../components/FieldMessage';
import { useTenderCurrency } from '../../store';
import { FormulaCard } from './FormulaCard';
import type { LotChange } from './lotEdit';
import { Term } from '../../components/Term';
import { Trans, useTranslation } from 'react-i18next';
import { formulaInSentence, formulaLabel } from './labels';

const INTRO_TERMS = {
  formula: <Term id="price-formula">{null}</Term>,
  reversal: <Term id="rank-reversal">{null}</Term>,
  absolute: <Term id="absolute-price-formula">{null}</Term>,
};

interface PriceSimulatorProps {
  opened: boolean;
  onClose: () => void;
  lot: Lot;
  state: SimulatorState;
  setState: (update: (s: SimulatorState) => SimulatorState) => void;
  change: LotChange;
}

/**
 * Sample bids in, every price formula's scores and ranking out, side by side, with a warning when
 * withdrawing one bid (or adding the extra bid) would change the order of the others.
 */
export function PriceSimulator({ opened, onClose, lot, state, setState, change }: PriceSimulatorProps) {
  const { t } = useTranslation('criteria');
  const priceCriterion = priceCriterionOf(lot);
  const currency = useTenderCurrency();
  const inCurrency = { leftSection: currency, leftSectionWidth: 44 };
  const set = (patch: Partial<SimulatorState>) => setState((s) => ({ ...s, ...patch }));
  const setBid = (key: string, patch: Partial<BidRow>) =>
    setState((s) => ({ ...s, bids: s.bids.map((b) => (b.key === key ? { ...b, ...patch } : b)) }));

  // Every problem with what was typed is shown at its field.
  const { problems, unplaced, qualityPoints, ceiling, floor, hasExtra, results } = readSimulatorForm(state);
  const chosen = results?.find((r) => r.formula === state.chosen);
  const problemAt = (key: string) => problems.get(key);
  const fieldProps = (key: string) => {
    const problem = problemAt(key);
    const id = `sim-${key.replace(/[^A-Za-z0-9_-]/g, '-')}`;
    return { id, error: problem ? true : undefined, attributes: problem ? { input: { 'aria-describedby': `${id}-problem` } } : undefined };
  };
  const messageFor = (key: string) => {
    const problem = problemAt(key);
    return problem ? <FieldMessage id={`sim-${key.replace(/[^A-Za-z0-9_-]/g, '-')}-problem`} severity="error" message={problem} /> : null;
  };

  const applyFormula = (formula: PriceFormulaType) => {
    if (!priceCriterion) return;
    let scoring: PriceFormula;
    if (formula === 'absolute') {
      if (ceiling === undefined || floor === undefined) return;
      scoring = { type: 'absolute', ceiling, floor };
    } else {
      scoring = { type: formula };
    }
    change(null, (l) => ({ ...l, criteria: updateCriterion(l.criteria, priceCriterion.id, { scoring }) }));
    set({ chosen: formula });
    notifications.show({
      color: 'teal',
      title: t('simulator.changedTitle'),
      message: t('simulator.changed', {
        name: priceCriterion.name.trim() || t('simulator.thePriceCriterion'),
        formula: formulaInSentence(formula),
      }),
    });
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('simulator.title', { lot: lot.title })} size="74rem">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          <Trans t={t} i18nKey="simulator.intro" components={INTRO_TERMS} />
        </Text>
        <div className="tw-cr-sim-inputs">
          <Stack gap="xs">
            <Title order={3} size="h5">
              {t('simulator.sampleBids')}
            </Title>
            <table className="tw-cr-sim-bids">
              <thead>
                <tr>
                  <th scope="col">{t('simulator.bid')}</th>
                  <th scope="col">{t('simulator.priceIn', { currency })}</th>
                  <th scope="col">{t('simulator.qualityOutOf', { max: qualityPoints ?? '…' })}</th>
                  <th scope="col">
                    <VisuallyHidden>{t('simulator.remove')}</VisuallyHidden>
                  </th>
                </tr>
              </thead>
              <tbody>
                {state.bids.map((b, i) => (
                  <tr key={b.key}>
                    <td>
                      <TextInput
                        aria-label={t('simulator.bidName', { number: i + 1 })}
                        value={b.label}
                        maxLength={60}
                        onChange={(e) => setBid(b.key, { label: e.currentTarget.value })}
                      />
                    </td>
                    <td>
                      <TextInput
                        aria-label={t('simulator.bidPrice', { number: i + 1 })}
                        inputMode="decimal"
                        value={b.price}
                        {...inCurrency}
                        onChange={(e) => setBid(b.key, { price: e.currentTarget.value })}
                        {...fieldProps(`${b.key}:price`)}
                      />
                      {messageFor(`${b.key}:price`)}
                    </td>
                    <td>
                      <TextInput
                        aria-label={t('simulator.bidQuality', { number: i + 1 })}
                        inputMode="decimal"
                        value={b.quality}
                        onChange={(e) => setBid(b.key, { quality: e.currentTarget.value })}
                        {...fieldProps(`${b.key}:quality`)}
                      />
                      {messageFor(`${b.key}:quality`)}
                    </td>
                    <td>
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        size="lg"
                        aria-label={t('simulator.removeBid', { number: i + 1 })}
                        disabled={state.bids.length <= 1}
                        onClick={() => setState((s) => ({ ...s, bids: s.bids.filter((x) => x.key !== b.key) }))}
                      >
                        <IconTrash size={16} aria-hidden />
                      </ActionIcon>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <Group>
              <Button
                variant="light"
                size="xs"
                leftSection={<IconPlus size={14} aria-hidden />}
                disabled={state.bids.length >= SIMULATOR_MAX_BIDS}
                onClick={() =>
                  setState((s) => ({
                    ...s,
                    bids: [...s.bids, newBidRow(t('simulator.newBid', { letter: String.fromCharCode(65 + (s.bids.length % 26)) }))],
                  }))
                }
              >
                {t('simulator.addBid')}
              </Button>
            </Group>
          </Stack>
          <Stack gap="xs">
            <Title order={3} size="h5">
              {t('simulator.settings')}
            </Title>
            <NativeSelect
              label={t('simulator.plannedLabel')}
              value={state.chosen}
              data={PRICE_FORMULAS.map((f) => ({ value: f, label: formulaLabel(f) }))}
              onChange={(e) => set({ chosen: e.currentTarget.value as PriceFormulaType })}
            />
            <TextInput
              label={t('simulator.pointsForPrice')}
              description={
                priceCriterion
                  ? t('simulator.priceWeighs', { name: priceCriterion.name.trim() || t('simulator.price'), points: state.pricePoints })
                  : t('simulator.priceWeightHint')
              }
              inputMode="decimal"
              value={state.pricePoints}
              onChange={(e) => set({ pricePoints: e.currentTarget.value })}
              {...fieldProps('pricePoints')}
            />
            {messageFor('pricePoints')}
            <Group grow align="flex-start" gap="xs">
              <TextInput
                label={t('simulator.ceiling')}
                description={t('simulator.absoluteFormula')}
                inputMode="decimal"
                value={state.ceiling}
                {...inCurrency}
                onChange={(e) => set({ ceiling: e.currentTarget.value })}
                {...fieldProps('ceiling')}
              />
              <TextInput
                label={t('simulator.floor')}
                description={t('simulator.absoluteFormula')}
                inputMode="decimal"
                value={state.floor}
                {...inCurrency}
                onChange={(e) => set({ floor: e.currentTarget.value })}
                {...fieldProps('floor')}
              />
            </Group>
            {messageFor('ceiling')}
            {messageFor('floor')}
            <fieldset className="tw-fieldset">
              <Text component="legend" size="sm" fw={500}>
                {t('simulator.extra')}
              </Text>
              <Group grow align="flex-start" gap="xs" mt={4}>
                <TextInput
                  label={t('simulator.extraPrice')}
                  inputMode="decimal"
                  value={state.extraPrice}
                  {...inCurrency}
                  onChange={(e) => set({ extraPrice: e.currentTarget.value })}
                  {...fieldProps('extra:price')}
                />
                <TextInput
                  label={t('simulator.extraQuality')}
                  inputMode="decimal"
                  value={state.extraQuality}
                  onChange={(e) => set({ extraQuality: e.currentTarget.value })}
                  {...fieldProps('extra:quality')}
                />
              </Group>
              {messageFor('extra:price')}
              {messageFor('extra:quality')}
            </fieldset>
          </Stack>
        </div>

        {unplaced.length ? (
          <Stack gap={4}>
            {unplaced.map(([key, message]) => (
              <FieldMessage key={key} severity="error" message={message} />
            ))}
          </Stack>
        ) : null}

        <div role="status" aria-live="polite" className="tw-cr-sim-verdict">
          {!results ? (
            <Text size="sm" c="dimmed">
              {t('simulator.fixFirst')}
            </Text>
          ) : chosen && chosen.available && chosen.reversals.length ? (
            <Alert
              color="yellow"
              icon={<IconAlertTriangle size={18} aria-hidden />}
              title={t('simulator.reversalUnder', { formula: formulaInSentence(chosen.formula) })}
            >
              <List size="sm" spacing={2}>
                {chosen.reversals.map((r) => (
                  <List.Item key={`${r.trigger}-${r.bidId}`}>{r.message}</List.Item>
                ))}
              </List>
              <Text size="sm" mt={6}>
                {t('simulator.considerAbsolute')}
              </Text>
            </Alert>
          ) : chosen && chosen.available ? (
            <Alert
              color="teal"
              icon={<IconCircleCheck size={18} aria-hidden />}
              title={t('simulator.noReversalUnder', { formula: formulaInSentence(chosen.formula) })}
            >
              {hasExtra ? t('simulator.steadyWithExtra') : t('simulator.steady')}
            </Alert>
          ) : chosen && !chosen.available ? (
            <Text size="sm">{chosen.reason}</Text>
          ) : null}
        </div>

        {results ? (
          <div className="tw-cr-sim-results">
            {results.map((r) => (
              <FormulaCard
                key={r.formula}
                result={r}
                chosen={r.formula === state.chosen}
                onUse={priceCriterion && priceCriterion.scoring.type !== r.formula ? () => applyFormula(r.formula) : undefined}
                useLabel={t('simulator.useFor', { name: priceCriterion?.name.trim() || t('simulator.thePriceCriterionLower') })}
              />
            ))}
          </div>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('simulator.close')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
