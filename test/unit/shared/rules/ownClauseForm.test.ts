import { describe, expect, it } from 'vitest';
import { createOwnClause } from '@shared/clauses/library';
import type { LibraryClause } from '@shared/model/clauses';
import {
  buildOwnClause,
  itemRow,
  optionValue,
  ownClauseForm,
  parameterRow,
  reviewOwnClause,
  subClauseRow,
  type OwnClauseForm,
  type ParameterRow,
} from '@shared/rules/ownClauseForm';
import { NOW, draft as clauseDraft } from '../clauses/helpers';

/** A new clause's form with a title, so only what a test changes can be wrong. */
function form(overrides: Partial<OwnClauseForm> = {}): OwnClauseForm {
  return { ...ownClauseForm(null), title: 'Grievance mechanism', ...overrides };
}

function param(overrides: Partial<ParameterRow>): ParameterRow {
  return { ...parameterRow(), name: 'days', label: 'Days', ...overrides };
}

function savedClause(): LibraryClause {
  const created = createOwnClause(clauseDraft(), { id: 'own-1', now: NOW });
  if (!created.ok) throw new Error(created.message);
  return created.value;
}

describe('the form of a new clause', () => {
  it('starts with the supplier placeholder, the usual tags and no parameters', () => {
    const blank = ownClauseForm(null);
    expect(blank).toEqual({
      title: '',
      body: '{{supplier}} shall ',
      guidance: '',
      subClauses: [],
      topic: 'tier1-disclosure',
      leverage: 'A',
      purpose: 'oblige-to-address',
      moments: ['contract-negotiation'],
      params: [],
      changeNote: '',
    });
  });

  it('gives new rows their own keys and ids', () => {
    const [a, b] = [subClauseRow(), subClauseRow()];
    expect(a).toMatchObject({ heading: '', body: '', items: [] });
    expect(a.key).not.toBe(b.key);
    expect(a.id).not.toBe(b.id);
    expect(itemRow().body).toBe('');
    expect(parameterRow()).toMatchObject({ name: '', type: 'text', label: '', defaultValue: '', options: '', integer: false });
  });
});

describe('editing a saved clause', () => {
  it('writes the current version out as text and reads it back unchanged', () => {
    const entry = savedClause();
    const filled = ownClauseForm(entry);
    expect(filled.params.map((p) => [p.name, p.type, p.defaultValue])).toEqual([
      ['days_to_disclose', 'number', '30'],
      ['format', 'choice', 'sheet'],
    ]);
    expect(filled.params[0]).toMatchObject({ min: '1', max: '365', integer: true });
    expect(filled.params[1]?.options).toBe('sheet | Spreadsheet | a spreadsheet\nopen | Open data | open data');
    expect(filled.subClauses[0]?.items.map((i) => i.body)).toEqual(['the legal name of each factory;', 'its physical address.']);

    const { draft, problems } = buildOwnClause(filled);
    expect(problems).toEqual([]);
    expect(draft).toEqual(clauseDraft());
  });

  it('leaves the saved tags alone when the form changes its own copy', () => {
    const entry = savedClause();
    const filled = ownClauseForm(entry);
    filled.moments.push('monitoring-audit');
    expect(entry.versions[0]?.tags.moments).toEqual(['contract-negotiation']);
  });
});

describe('each kind of parameter', () => {
  it('reads a number with its default, bounds, unit and whole-number rule', () => {
    const { draft, problems } = buildOwnClause(
      form({ params: [param({ type: 'number', defaultValue: ' 30 ', min: '1', max: '90', unit: ' days ', integer: true })] }),
    );
    expect(problems).toEqual([]);
    expect(draft.parameters).toEqual([
      { name: 'days', label: 'Days', help: '', type: 'number', default: 30, min: 1, max: 90, unit: 'days', integer: true },
    ]);
  });

  it('leaves out a number’s empty fields', () => {
    const { draft } = buildOwnClause(form({ params: [param({ type: 'number', unit: '  ' })] }));
    expect(draft.parameters).toEqual([{ name: 'days', label: 'Days', help: '', type: 'number' }]);
  });

  it('keeps a text default exactly as typed, and none when empty', () => {
    const typed = buildOwnClause(form({ params: [param({ name: 'place', label: '', defaultValue: ' the site ' })] }));
    expect(typed.draft.parameters).toEqual([{ name: 'place', label: 'place', help: '', type: 'text', default: ' the site ' }]);
    const empty = buildOwnClause(form({ params: [param({ name: 'place' })] }));
    expect(empty.draft.parameters[0]).not.toHaveProperty('default');
  });

  it('trims a date default', () => {
    const { draft } = buildOwnClause(form({ params: [param({ name: 'start', type: 'date', defaultValue: ' 2027-01-31 ' })] }));
    expect(draft.parameters[0]).toMatchObject({ type: 'date', default: '2027-01-31' });
  });

  it('reads choice options one per line: a label alone, or value | label | wording', () => {
    const options = [
      'Within 30 days',
      '',
      '  quarterly | Every quarter | every three months  ',
      'yearly | | once a year',
      'Monthly | Each month',
    ].join('\n');
    const { draft, problems } = buildOwnClause(
      form({ params: [param({ name: 'cadence', type: 'choice', options, defaultValue: 'Quarterly' })] }),
    );
    expect(problems).toEqual([]);
    expect(draft.parameters[0]).toMatchObject({
      type: 'choice',
      default: 'quarterly',
      options: [
        { value: 'within-30-days', label: 'Within 30 days' },
        { value: 'quarterly', label: 'Every quarter', text: 'every three months' },
        { value: 'yearly', label: 'yearly', text: 'once a year' },
        { value: 'monthly', label: 'Each month' },
      ],
    });
  });

  it('makes option values of letters, digits and dashes', () => {
    expect(optionValue('  Open Data (CSV)!  ')).toBe('open-data-csv');
    expect(optionValue('€ – €')).toBe('option');
    expect(optionValue('x'.repeat(60))).toHaveLength(40);
  });
});

describe('what the form refuses', () => {
  it('names a malformed parameter name, with its position and label', () => {
    const { problems } = buildOwnClause(form({ params: [param({ name: '2days', label: 'Days' }), param({ name: '', label: '' })] }));
    expect(problems).toEqual([
      'Parameter 1 (“Days”): Parameter name must start with a lower-case letter and use only a-z, 0-9 and "_".',
      'Parameter 2: Parameter name must not be empty.',
    ]);
  });

  it('refuses numbers that are not numbers, quoting what was typed', () => {
    const { draft, problems } = buildOwnClause(form({ params: [param({ type: 'number', defaultValue: 'thirty', max: '1e400' })] }));
    expect(problems).toEqual([
      'Parameter 1 (“Days”): the default must be a number, but “thirty” is not.',
      'Parameter 1 (“Days”): the maximum must be a number, but “1e400” is not.',
    ]);
    expect(draft.parameters[0]).not.toHaveProperty('default');
  });

  it('refuses a choice without options', () => {
    const { problems } = buildOwnClause(form({ params: [param({ type: 'choice', options: '\n  \n' })] }));
    expect(problems).toEqual(['Parameter 1 (“Days”): a choice needs at least one option.']);
  });

  it('needs a title and a moment of traction; an empty text is not the form’s to refuse', () => {
    const { draft, problems } = buildOwnClause(form({ title: '   ', body: '', moments: [] }));
    expect(problems).toEqual(['The clause needs a title.', 'Tag at least one moment of traction.']);
    expect(draft).toMatchObject({ title: '', body: '' });
  });

  it('drops empty headings and item lists of sub-clauses, but keeps empty texts', () => {
    const sub = { ...subClauseRow(), heading: '  ', body: '' };
    const { draft } = buildOwnClause(form({ subClauses: [sub] }));
    expect(draft.subClauses).toEqual([{ id: sub.id, body: '' }]);
  });
});

describe('duplicates', () => {
  it('passes duplicate names and option values on: saving the clause refuses them', () => {
    const twice = buildOwnClause(form({ body: '{{days}}', params: [param({}), param({ label: 'Again' })] }));
    expect(twice.problems).toEqual([]);
    const saved = createOwnClause(twice.draft);
    expect(saved.ok).toBe(false);
    if (!saved.ok) expect(saved.message).toContain('duplicate parameter name(s): days');

    const sameValue = buildOwnClause(
      form({ body: '{{pick}}', params: [param({ name: 'pick', type: 'choice', options: 'Open\nopen | Open again' })] }),
    );
    const refused = createOwnClause(sameValue.draft);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.message).toContain('duplicate option value(s): open');
  });

  it('reports a placeholder used twice once', () => {
    const { checks } = reviewOwnClause(form({ body: '{{colour}} and {{colour}}' }), 'new-clause');
    expect(checks.filter((c) => c.code === 'unknown-placeholder')).toHaveLength(1);
  });
});

describe('the checks shown while writing', () => {
  it('waits until the form’s own problems are fixed', () => {
    expect(reviewOwnClause(form({ title: '', body: '{{nope}}' }), 'new-clause').checks).toEqual([]);
  });

  it('finds every kind of placeholder problem and unused parameters', () => {
    const body = '{{days:number}} {{supplier}} {{buyer}} {{unknown}} {{days:date}} {{ bad name }} {{days:colour}} {{open';
    const { checks, problems } = reviewOwnClause(
      form({ body, params: [param({ type: 'number' }), param({ name: 'spare', label: 'Spare' })] }),
      'own-9',
    );
    expect(problems).toEqual([]);
    expect(checks.map((c) => [c.code, c.severity])).toEqual([
      ['unknown-placeholder', 'error'],
      ['type-mismatch', 'error'],
      ['syntax', 'error'],
      ['syntax', 'error'],
      ['syntax', 'error'],
      ['unused-parameter', 'warning'],
    ]);
    expect(checks.every((c) => c.clauseId === 'own-9')).toBe(true);
  });

  it('flags a default that breaks its own parameter', () => {
    const { checks } = reviewOwnClause(
      form({ body: '{{start}}', params: [param({ name: 'start', type: 'date', defaultValue: '2027-02-30' })] }),
      'new-clause',
    );
    expect(checks.map((c) => c.code)).toEqual(['invalid-default']);
  });

  it('has nothing to say about a sound clause', () => {
    expect(
      reviewOwnClause(
        form({ body: '{{supplier}} shall answer within {{days}} days.', params: [param({ type: 'number', defaultValue: '10' })] }),
        'x',
      ).checks,
    ).toEqual([]);
  });
});
