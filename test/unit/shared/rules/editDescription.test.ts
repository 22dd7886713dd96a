import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newLot, TenderContentSchema, type Lot, type TenderContent } from '@shared/model/tender';
import { setValues } from '@shared/clauses/instances';
import { applyWeightPreset, WEIGHT_PRESETS } from '@shared/rules/presets';
import { describeEdit } from '@shared/rules/editDescription';

const base: TenderContent = TenderContentSchema.parse(
  JSON.parse(readFileSync(join(__dirname, '../../../fixtures/tenders/small-tender.json'), 'utf8')),
);
const lot = base.lots[0]!;

const withLot = (change: (lot: Lot) => Lot): TenderContent => ({ ...base, lots: base.lots.map((l, i) => (i === 0 ? change(l) : l)) });
const withCriterion = (id: string, patch: Partial<Lot['criteria'][number]>) =>
  withLot((l) => ({ ...l, criteria: l.criteria.map((c) => (c.id === id ? { ...c, ...patch } : c)) }));

describe('describeEdit', () => {
  it('says nothing changed between the same versions', () => {
    expect(describeEdit(base, base)).toBeNull();
    expect(describeEdit(base, structuredClone(base))).toBeNull();
  });

  it('names a renamed criterion by its new name, on the Criteria screen of its lot, at its name field', () => {
    const after = withCriterion('s', { name: 'Due diligence on minerals' });
    expect(describeEdit(base, after)).toEqual({
      text: 'name of criterion “Due diligence on minerals”',
      screen: 'criteria',
      lotId: lot.id,
      itemId: 's',
      field: 'name',
    });
  });

  it('names a changed weight, and calls a child a sub-criterion', () => {
    expect(describeEdit(base, withCriterion('p', { weight: 5000 }))).toMatchObject({
      text: 'weight of criterion “Price”',
      itemId: 'p',
      field: 'weight',
    });
    expect(describeEdit(base, withCriterion('q1', { weight: 2000 }))).toMatchObject({
      text: 'weight of sub-criterion “Repairability”',
      itemId: 'q1',
    });
  });

  it('names a filled clause parameter by its label, on the Clauses screen at that clause', () => {
    const clause = base.clauses[0]!;
    const after = { ...base, clauses: [setValues(clause, { ...clause.values, days_to_disclose: 14 })] };
    const label = clause.frozen.parameters.find((p) => p.name === 'days_to_disclose')!.label;
    expect(describeEdit(base, after)).toEqual({
      text: `parameter “${label}” of clause “${clause.frozen.title}”`,
      screen: 'clauses',
      itemId: clause.id,
      field: 'days_to_disclose',
    });
  });

  it('names an added lot once, however much the new lot holds, on the Details screen', () => {
    const added = newLot('Laptops');
    expect(describeEdit(base, { ...base, lots: [...base.lots, added] })).toEqual({
      text: 'adding lot “Laptops”',
      screen: 'details',
      lotId: added.id,
    });
    expect(describeEdit({ ...base, lots: [...base.lots, added] }, base)).toMatchObject({ text: 'removing lot “Laptops”' });
  });

  it('names the first criterion added to an empty lot', () => {
    const empty = withLot((l) => ({ ...l, criteria: [] }));
    const one = withLot((l) => ({ ...l, criteria: [l.criteria[0]!] }));
    expect(describeEdit(empty, one)).toMatchObject({ text: 'adding criterion “Price”', screen: 'criteria', itemId: 'p' });
  });

  it('names the first of a preset’s many weight changes and counts the rest', () => {
    // 50% price, 25% quality, 15% social, 10% environmental: price, quality, its sub-criterion and social change, and an environmental criterion is added.
    const preset = WEIGHT_PRESETS[1]!;
    const after = withLot((l) => ({ ...l, criteria: applyWeightPreset(l.criteria, preset).criteria }));
    expect(describeEdit(base, after)).toMatchObject({
      text: 'weight of criterion “Price” and 4 more changes',
      screen: 'criteria',
      lotId: lot.id,
      itemId: 'p',
    });
  });

  it('names an edited tender title on the Details screen', () => {
    expect(describeEdit(base, { ...base, title: 'Desktops 2027' })).toEqual({ text: 'tender title', screen: 'details', field: 'title' });
  });

  it('names a renamed lot and a moved criterion', () => {
    expect(
      describeEdit(
        base,
        withLot((l) => ({ ...l, title: 'Desktops' })),
      ),
    ).toEqual({ text: 'title of lot “Desktops”', screen: 'details', lotId: lot.id, field: 'title' });
    const moved = withLot((l) => ({ ...l, criteria: [l.criteria[3]!, ...l.criteria.slice(0, 3)] }));
    expect(describeEdit(base, moved)).toEqual({ text: `order of the criteria in lot “${lot.title}”`, screen: 'criteria', lotId: lot.id });
  });

  it('says "and 1 more change" for two changes', () => {
    const after = { ...withCriterion('p', { name: 'Total cost' }), description: 'New description' };
    expect(describeEdit(base, after)!.text).toBe('description and 1 more change');
  });
});

describe('describeEdit on the supplier questionnaire', () => {
  const selected = base.qa.questions[0]!;
  const other = {
    ...selected,
    questionId: 'q-other',
    order: 1,
    question: { ...selected.question, id: 'q-other', question: 'Do you audit your smelters?' },
  };
  const two: TenderContent = { ...base, qa: { ...base.qa, questions: [selected, other] } };

  it('names a removed question by its text, matched by its id rather than its place', () => {
    const removedFirst: TenderContent = { ...two, qa: { ...two.qa, questions: [{ ...other, order: 0 }] } };
    expect(describeEdit(two, removedFirst)).toMatchObject({
      text: `removing question “${selected.question.question.length > 60 ? `${selected.question.question.slice(0, 57)}…` : selected.question.question}” and 1 more change`,
      screen: 'questions',
      itemId: selected.questionId,
    });
  });

  it('names an added supplier', () => {
    const supplier = { id: 'sup-1', name: 'Acme Metals', role: 'bidder' as const };
    expect(describeEdit(base, { ...base, qa: { ...base.qa, suppliers: [supplier] } })).toEqual({
      text: 'adding supplier “Acme Metals”',
      screen: 'questions',
      itemId: 'sup-1',
    });
  });

  it('names an engagement round added or renamed, and shows the Questions screen', () => {
    const round = {
      id: 'rnd-1',
      name: 'Tender questionnaire',
      kind: 'tender' as const,
      opensOn: '2027-03-01',
      questionIds: [],
      supplierIds: [],
    };
    const one = { ...base, qa: { ...base.qa, rounds: [round] } };
    const two = { ...base, qa: { ...base.qa, rounds: [round, { ...round, id: 'rnd-2', name: 'Review' }] } };
    expect(describeEdit(one, two)).toEqual({ text: 'adding engagement round “Review”', screen: 'questions', itemId: 'rnd-2' });
    const renamed = { ...base, qa: { ...base.qa, rounds: [{ ...round, name: 'Questionnaire' }] } };
    expect(describeEdit(one, renamed)).toEqual({ text: 'engagement round “Questionnaire”', screen: 'questions', itemId: 'rnd-1' });
  });
});
