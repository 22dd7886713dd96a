import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Group, List, Stack, Switch, Text, TextInput } from '@mantine/core';
import {
  EVALUATION_LIMITS,
  newBidder,
  newEvaluator,
  parseAmount,
  type Bidder,
  type Evaluator,
  type LotEvaluation,
} from '@shared/model/evaluation';
import type { Lot } from '@shared/model/tender';
import { priceLeaves } from '@shared/rules/evaluationCriteria';
import { checkEvaluation } from '@shared/rules/evaluationChecks';
import { bidderParts } from '@shared/rules/removal';
import { confirmRemoval } from '../../components/confirm';
import { EditableRows } from '../../components/EditableRows';
import { RegisterPicker } from '../../components/RegisterPicker';
import type { RegisteredSupplier } from '@shared/model/suppliers';
import { BidderName } from './BidderName';
import { useActions, useTenderCurrency } from '../../store';
import { priceDraft } from './format';
import { useSetupEditor } from './useLotEvaluation';

/** A bid price typed as text and stored in cents when the field is left. */
function PriceField({ bidder, index, onCommit }: { bidder: Bidder; index: number; onCommit: (cents: number | undefined) => void }) {
  const { t } = useTranslation('evaluation');
  const currency = useTenderCurrency();
  const [draft, setDraft] = useState(bidder.priceCents === undefined ? '' : priceDraft(bidder.priceCents));
  const [error, setError] = useState<string | null>(null);
  const commit = () => {
    if (draft.trim() === '') {
      setError(null);
      onCommit(undefined);
      return;
    }
    const parsed = parseAmount(draft);
    if (!parsed.ok) {
      setError(parsed.message);
      return;
    }
    setError(null);
    setDraft(priceDraft(parsed.cents));
    onCommit(parsed.cents);
  };
  return (
    <TextInput
      aria-label={bidder.name.trim() ? t('setup.priceOf', { name: bidder.name.trim() }) : t('setup.priceOfNumber', { number: index + 1 })}
      leftSection={currency}
      leftSectionWidth={44}
      value={draft}
      onChange={(e) => setDraft(e.currentTarget.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
      }}
      error={error}
      inputMode="decimal"
      placeholder={t('setup.pricePlaceholder', { example: priceDraft(12_500_000) })}
      styles={{ input: { textAlign: 'right' } }}
    />
  );
}

export function SetupPanel({ lot, evaluation }: { lot: Lot; evaluation: LotEvaluation }) {
  const { t } = useTranslation('evaluation');
  const edit = useSetupEditor(lot.id);
  const { endEditBurst } = useActions();
  const findings = checkEvaluation(lot, 'evaluator');
  const priced = priceLeaves(lot.criteria).length > 0;
  const hasImports = evaluation.imports.some((i) => !i.supersededAt);

  const setBidder = (id: string, key: string, patch: Partial<Bidder>) =>
    edit(key, (e) => ({ ...e, bidders: e.bidders.map((b) => (b.id === id ? { ...b, ...patch } : b)) }));
  // Linked: the register's name is the bidder's (a rename shows everywhere); unlinked: the name stays as typed.
  const linkBidder = (id: string, entry: RegisteredSupplier | undefined) =>
    edit(null, (e) => ({
      ...e,
      bidders: e.bidders.map((b) => {
        if (b.id !== id) return b;
        const { registerId: _old, ...rest } = b;
        return entry ? { ...rest, name: entry.name, registerId: entry.id } : rest;
      }),
    }));
  const setEvaluator = (id: string, key: string, patch: Partial<Evaluator>) =>
    edit(key, (e) => ({ ...e, evaluators: e.evaluators.map((o) => (o.id === id ? { ...o, ...patch } : o)) }));
  const setPrice = (id: string, cents: number | undefined) =>
    edit(null, (e) => ({
      ...e,
      bidders: e.bidders.map((b) => {
        if (b.id !== id || b.priceCents === cents) return b;
        const { priceCents: _old, ...rest } = b;
        return cents === undefined ? rest : { ...rest, priceCents: cents };
      }),
    }));

  return (
    <Stack gap="lg">
      {hasImports ? (
        <Alert color="yellow" title={t('setup.importedTitle')}>
          {t('setup.importedMessage')}
        </Alert>
      ) : null}

      <Switch
        label={t('setup.hidePrices')}
        description={priced ? t('setup.hidePricesHelp') : t('setup.noPriceCriterion')}
        checked={evaluation.hidePriceFromEvaluators}
        onChange={(e) => {
          const hide = e.currentTarget.checked;
          edit(null, (ev) => ({ ...ev, hidePriceFromEvaluators: hide }));
        }}
      />

      <EditableRows
        headingId={`bidders-${lot.id}`}
        title={t('setup.bidders')}
        empty={t('setup.biddersEmpty')}
        rows={evaluation.bidders}
        columns={[
          { key: 'name', label: t('setup.name') },
          { key: 'register', label: t('setup.register') },
          { key: 'reference', label: t('setup.reference') },
          ...(priced ? [{ key: 'price', label: t('setup.price') }] : []),
        ]}
        cells={(b, i, focusRef) => [
          <BidderName
            key="name"
            bidder={b}
            index={i}
            focusRef={focusRef}
            onName={(name) => setBidder(b.id, `eval:${b.id}:name`, { name })}
            onBlur={endEditBurst}
          />,
          <RegisterPicker
            key="register"
            label={t('setup.registerOf', { number: i + 1 })}
            size="sm"
            registerId={b.registerId}
            typedName={b.name}
            onChange={(entry) => linkBidder(b.id, entry)}
          />,
          <TextInput
            key="reference"
            aria-label={t('setup.referenceOf', { number: i + 1 })}
            value={b.reference}
            maxLength={300}
            onChange={(e) => setBidder(b.id, `eval:${b.id}:ref`, { reference: e.currentTarget.value })}
            onBlur={endEditBurst}
          />,
          ...(priced
            ? [<PriceField key={`${b.id}:${b.priceCents ?? ''}`} bidder={b} index={i} onCommit={(cents) => setPrice(b.id, cents)} />]
            : []),
        ]}
        removeLabel={(b, i) => t('setup.removeBidder', { name: b.name.trim() || String(i + 1) })}
        onRemove={(b, i) =>
          confirmRemoval('Bidder', b.name || t('setup.bidderNumber', { number: i + 1 }), bidderParts({ ...lot, evaluation }, b.id), () =>
            edit(null, (e) => ({ ...e, bidders: e.bidders.filter((x) => x.id !== b.id) })),
          )
        }
        addLabel={t('setup.addBidder')}
        atLimit={evaluation.bidders.length >= EVALUATION_LIMITS.bidders}
        onAdd={() => {
          const bidder = newBidder();
          edit(null, (e) => ({ ...e, bidders: [...e.bidders, bidder] }));
          return bidder.id;
        }}
      />

      <EditableRows
        headingId={`evaluators-${lot.id}`}
        title={t('setup.evaluators')}
        empty={t('setup.evaluatorsEmpty')}
        rows={evaluation.evaluators}
        columns={[
          { key: 'name', label: t('setup.name') },
          { key: 'initials', label: t('setup.initials'), width: 140 },
        ]}
        cells={(ev, i, focusRef) => [
          <TextInput
            key="name"
            ref={focusRef}
            aria-label={t('setup.evaluatorName', { number: i + 1 })}
            value={ev.name}
            maxLength={300}
            onChange={(e) => setEvaluator(ev.id, `eval:${ev.id}:name`, { name: e.currentTarget.value })}
            onBlur={endEditBurst}
          />,
          <TextInput
            key="initials"
            aria-label={t('setup.evaluatorInitials', { number: i + 1 })}
            value={ev.initials}
            maxLength={EVALUATION_LIMITS.initials}
            onChange={(e) => setEvaluator(ev.id, `eval:${ev.id}:initials`, { initials: e.currentTarget.value.toUpperCase() })}
            onBlur={endEditBurst}
          />,
        ]}
        removeLabel={(ev, i) => t('setup.removeEvaluator', { name: ev.name.trim() || String(i + 1) })}
        onRemove={(ev) => edit(null, (x) => ({ ...x, evaluators: x.evaluators.filter((o) => o.id !== ev.id) }))}
        addLabel={t('setup.addEvaluator')}
        atLimit={evaluation.evaluators.length >= EVALUATION_LIMITS.evaluators}
        onAdd={() => {
          const evaluator = newEvaluator();
          edit(null, (e) => ({ ...e, evaluators: [...e.evaluators, evaluator] }));
          return evaluator.id;
        }}
      />

      {findings.length > 0 ? (
        <Alert color={findings.some((f) => f.severity === 'error') ? 'red' : 'yellow'} title={t('setup.findings')}>
          <List size="sm" spacing={2}>
            {findings.map((f) => (
              <List.Item key={f.id}>{f.message}</List.Item>
            ))}
          </List>
        </Alert>
      ) : (
        <Group>
          <Text size="sm" c="teal">
            {t('setup.complete')}
          </Text>
        </Group>
      )}
    </Stack>
  );
}
