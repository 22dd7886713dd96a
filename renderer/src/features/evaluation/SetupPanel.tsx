import { useRef, useState } from 'react';
import { ActionIcon, Alert, Button, Group, List, Stack, Switch, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { EVALUATION_LIMITS, newBidder, newEvaluator, parseAmount, type Bidder, type LotEvaluation } from '@shared/model/evaluation';
import type { Lot } from '@shared/model/tender';
import { priceLeaves } from '@shared/rules/evaluationCriteria';
import { checkEvaluation } from '@shared/rules/evaluationChecks';
import { bidderParts } from '@shared/rules/removal';
import { confirmRemoval } from '../../components/confirm';
import { useActions } from '../../store';
import { formatCents } from './format';
import { useSetupEditor } from './useLotEvaluation';

/** A bid price typed as text and stored in cents when the field is left. */
function PriceField({ bidder, index, onCommit }: { bidder: Bidder; index: number; onCommit: (cents: number | undefined) => void }) {
  const [draft, setDraft] = useState(bidder.priceCents === undefined ? '' : formatCents(bidder.priceCents));
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
    setDraft(formatCents(parsed.cents));
    onCommit(parsed.cents);
  };
  return (
    <TextInput
      aria-label={`Bid price of ${bidder.name.trim() || `bidder ${index + 1}`}`}
      value={draft}
      onChange={(e) => setDraft(e.currentTarget.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
      }}
      error={error}
      inputMode="decimal"
      placeholder="e.g. 125,000.00"
      styles={{ input: { textAlign: 'right' } }}
    />
  );
}

/** The trash button at the end of a bidder's or evaluator's row. */
function RemoveRowButton({ label, onRemove }: { label: string; onRemove: () => void }) {
  return (
    <ActionIcon variant="subtle" color="red" aria-label={label} onClick={onRemove}>
      <IconTrash size={18} aria-hidden />
    </ActionIcon>
  );
}

/** "Add bidder" / "Add evaluator" under a table, disabled at the limit. */
function AddRowButton({ children, atLimit, onAdd }: { children: string; atLimit: boolean; onAdd: () => void }) {
  return (
    <Button mt="xs" variant="light" leftSection={<IconPlus size={16} aria-hidden />} disabled={atLimit} onClick={onAdd}>
      {children}
    </Button>
  );
}

export function SetupPanel({ lot, evaluation }: { lot: Lot; evaluation: LotEvaluation }) {
  const edit = useSetupEditor(lot.id);
  const { endEditBurst } = useActions();
  const newRow = useRef<string | null>(null);
  const findings = checkEvaluation(lot, 'evaluator');
  const priced = priceLeaves(lot.criteria).length > 0;
  const hasImports = evaluation.imports.some((i) => !i.supersededAt);

  const setBidder = (id: string, key: string, patch: Partial<Bidder>) =>
    edit(key, (e) => ({ ...e, bidders: e.bidders.map((b) => (b.id === id ? { ...b, ...patch } : b)) }));
  const setPrice = (id: string, cents: number | undefined) =>
    edit(null, (e) => ({
      ...e,
      bidders: e.bidders.map((b) => {
        if (b.id !== id || b.priceCents === cents) return b;
        const { priceCents: _old, ...rest } = b;
        return cents === undefined ? rest : { ...rest, priceCents: cents };
      }),
    }));

  const focusRef = (id: string) => (node: HTMLInputElement | null) => {
    if (node && newRow.current === id) {
      node.focus();
      newRow.current = null;
    }
  };

  return (
    <Stack gap="lg">
      {hasImports ? (
        <Alert color="yellow" title="Workbooks have already come back">
          Changing the bidders, the criteria or whether prices are shown makes the returned workbooks out of date: the scores that still apply are
          kept, and new workbooks must be exported for the rest.
        </Alert>
      ) : null}

      <Switch
        label="Hide bid prices from the evaluators"
        description={
          priced
            ? 'Two-envelope evaluation: the evaluator workbooks show no prices. Price is scored by formula from the prices you enter below.'
            : 'This lot has no price criterion.'
        }
        checked={evaluation.hidePriceFromEvaluators}
        onChange={(e) => {
          const hide = e.currentTarget.checked;
          edit(null, (ev) => ({ ...ev, hidePriceFromEvaluators: hide }));
        }}
      />

      <section aria-labelledby={`bidders-${lot.id}`}>
        <Title order={3} size="h4" id={`bidders-${lot.id}`} mb="xs">
          Bidders
        </Title>
        {evaluation.bidders.length === 0 ? (
          <Text c="gray.7" size="sm" mb="sm">
            No bidders yet. Add one row per bid received for this lot.
          </Text>
        ) : (
          <Table verticalSpacing={4} aria-labelledby={`bidders-${lot.id}`}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" w={40}>
                  #
                </Table.Th>
                <Table.Th scope="col">Name</Table.Th>
                <Table.Th scope="col">Bid reference</Table.Th>
                {priced ? <Table.Th scope="col">Bid price</Table.Th> : null}
                <Table.Th scope="col" w={60}>
                  <VisuallyHidden>Remove</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {evaluation.bidders.map((b, i) => (
                <Table.Tr key={b.id}>
                  <Table.Td>{i + 1}</Table.Td>
                  <Table.Td>
                    <TextInput
                      ref={focusRef(b.id)}
                      aria-label={`Name of bidder ${i + 1}`}
                      value={b.name}
                      maxLength={300}
                      onChange={(e) => setBidder(b.id, `eval:${b.id}:name`, { name: e.currentTarget.value })}
                      onBlur={endEditBurst}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      aria-label={`Bid reference of bidder ${i + 1}`}
                      value={b.reference}
                      maxLength={300}
                      onChange={(e) => setBidder(b.id, `eval:${b.id}:ref`, { reference: e.currentTarget.value })}
                      onBlur={endEditBurst}
                    />
                  </Table.Td>
                  {priced ? (
                    <Table.Td>
                      <PriceField key={`${b.id}:${b.priceCents ?? ''}`} bidder={b} index={i} onCommit={(cents) => setPrice(b.id, cents)} />
                    </Table.Td>
                  ) : null}
                  <Table.Td>
                    <RemoveRowButton
                      label={`Remove bidder ${b.name.trim() || i + 1}`}
                      onRemove={() =>
                        confirmRemoval('Bidder', b.name || `Bidder ${i + 1}`, bidderParts({ ...lot, evaluation }, b.id), () =>
                          edit(null, (e) => ({ ...e, bidders: e.bidders.filter((x) => x.id !== b.id) })),
                        )
                      }
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <AddRowButton
          atLimit={evaluation.bidders.length >= EVALUATION_LIMITS.bidders}
          onAdd={() => {
            const bidder = newBidder();
            newRow.current = bidder.id;
            edit(null, (e) => ({ ...e, bidders: [...e.bidders, bidder] }));
          }}
        >
          Add bidder
        </AddRowButton>
      </section>

      <section aria-labelledby={`evaluators-${lot.id}`}>
        <Title order={3} size="h4" id={`evaluators-${lot.id}`} mb="xs">
          Evaluators
        </Title>
        {evaluation.evaluators.length === 0 ? (
          <Text c="gray.7" size="sm" mb="sm">
            No evaluators yet. Each evaluator gets a workbook of their own and scores every bid independently.
          </Text>
        ) : (
          <Table verticalSpacing={4} aria-labelledby={`evaluators-${lot.id}`}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" w={40}>
                  #
                </Table.Th>
                <Table.Th scope="col">Name</Table.Th>
                <Table.Th scope="col" w={140}>
                  Initials
                </Table.Th>
                <Table.Th scope="col" w={60}>
                  <VisuallyHidden>Remove</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {evaluation.evaluators.map((ev, i) => (
                <Table.Tr key={ev.id}>
                  <Table.Td>{i + 1}</Table.Td>
                  <Table.Td>
                    <TextInput
                      ref={focusRef(ev.id)}
                      aria-label={`Name of evaluator ${i + 1}`}
                      value={ev.name}
                      maxLength={300}
                      onChange={(e) => {
                        const name = e.currentTarget.value;
                        edit(`eval:${ev.id}:name`, (x) => ({ ...x, evaluators: x.evaluators.map((o) => (o.id === ev.id ? { ...o, name } : o)) }));
                      }}
                      onBlur={endEditBurst}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      aria-label={`Initials of evaluator ${i + 1}`}
                      value={ev.initials}
                      maxLength={EVALUATION_LIMITS.initials}
                      onChange={(e) => {
                        const initials = e.currentTarget.value.toUpperCase();
                        edit(`eval:${ev.id}:initials`, (x) => ({ ...x, evaluators: x.evaluators.map((o) => (o.id === ev.id ? { ...o, initials } : o)) }));
                      }}
                      onBlur={endEditBurst}
                    />
                  </Table.Td>
                  <Table.Td>
                    <RemoveRowButton
                      label={`Remove evaluator ${ev.name.trim() || i + 1}`}
                      onRemove={() => edit(null, (x) => ({ ...x, evaluators: x.evaluators.filter((o) => o.id !== ev.id) }))}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <AddRowButton
          atLimit={evaluation.evaluators.length >= EVALUATION_LIMITS.evaluators}
          onAdd={() => {
            const evaluator = newEvaluator();
            newRow.current = evaluator.id;
            edit(null, (e) => ({ ...e, evaluators: [...e.evaluators, evaluator] }));
          }}
        >
          Add evaluator
        </AddRowButton>
      </section>

      {findings.length > 0 ? (
        <Alert color={findings.some((f) => f.severity === 'error') ? 'red' : 'yellow'} title="Before the workbooks can go out">
          <List size="sm" spacing={2}>
            {findings.map((f) => (
              <List.Item key={f.id}>{f.message}</List.Item>
            ))}
          </List>
        </Alert>
      ) : (
        <Group>
          <Text size="sm" c="teal.9">
            The set-up is complete: the evaluator workbooks can be exported.
          </Text>
        </Group>
      )}
    </Stack>
  );
}
