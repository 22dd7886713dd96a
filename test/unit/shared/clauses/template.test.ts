import { describe, expect, it } from 'vitest';
import { ParameterNameSchema, type ParameterDef } from '@shared/model/clauses';
import {
  checkTemplate,
  checkTextLength,
  formatDate,
  hasErrors,
  itemLetter,
  parsePlaceholders,
  renderTemplate,
  tokenize,
} from '@shared/clauses/template';

const params: ParameterDef[] = [
  { name: 'days_to_disclose', type: 'number', label: 'Days to disclose', help: '', min: 1, max: 365, integer: true, unit: 'days' },
  { name: 'monitoring_organisation', type: 'text', label: 'Monitoring organisation', help: '' },
  {
    name: 'tier2_scope',
    type: 'choice',
    label: 'Tier 2 scope',
    help: '',
    options: [
      { value: 'annex', label: 'Annex list', text: 'the components listed in the annex' },
      { value: 'high-risk', label: 'High-risk components' },
    ],
  },
  { name: 'first_report', type: 'date', label: 'First report', help: '' },
];

const render = (source: string, values: Record<string, string | number>) => renderTemplate(source, params, values, 'c1');

describe('placeholders', () => {
  it('parses {{name}} and {{name:type}}, with optional spaces, in order of first use', () => {
    expect(parsePlaceholders('{{buyer}} and {{ days_to_disclose : number }} and {{buyer}} then {{tier2_scope:choice}}')).toEqual([
      { name: 'buyer', type: undefined },
      { name: 'days_to_disclose', type: 'number' },
      { name: 'tier2_scope', type: 'choice' },
    ]);
  });

  it('renders declared placeholders, including the standard buyer and supplier', () => {
    const r = render('Within {{days_to_disclose:number}} days, {{supplier}} informs {{buyer}} and {{monitoring_organisation:text}}.', {
      days_to_disclose: 30,
      supplier: 'Acme Ltd',
      buyer: 'City of Example',
      monitoring_organisation: 'the Monitor',
    });
    expect(r.findings).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.text).toBe('Within 30 days, Acme Ltd informs City of Example and the Monitor.');
    expect(r.segments.filter((s) => s.kind === 'value').map((s) => s.kind === 'value' && s.name)).toEqual([
      'days_to_disclose',
      'supplier',
      'buyer',
      'monitoring_organisation',
    ]);
  });

  it('renders a choice as its contract wording (or its label) and a date as a contract date', () => {
    expect(render('{{tier2_scope}}', { tier2_scope: 'annex' }).text).toBe('the components listed in the annex');
    expect(render('{{tier2_scope}}', { tier2_scope: 'high-risk' }).text).toBe('High-risk components');
    expect(render('by {{first_report:date}}', { first_report: '2027-03-01' }).text).toBe('by 1 March 2027');
    expect(formatDate('2028-12-31')).toBe('31 December 2028');
  });

  it('refuses an unknown placeholder with a finding naming it and listing what is available', () => {
    const r = render('Within {{days_to_disclos}} days', { days_to_disclose: 30 });
    expect(r.ok).toBe(false);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ severity: 'error', code: 'unknown-placeholder', clauseId: 'c1', parameter: 'days_to_disclos' });
    expect(r.findings[0]?.message).toContain('{{days_to_disclos}}');
    expect(r.findings[0]?.fix).toContain('days_to_disclose');
    expect(r.text).toBe('Within [{{days_to_disclos}}] days');
  });

  it('refuses unfilled placeholders (missing, empty or blank) once per parameter and marks them in the preview', () => {
    for (const values of [{}, { days_to_disclose: '' }, { days_to_disclose: '   ' }] as Record<string, string>[]) {
      const r = render('{{days_to_disclose}} and again {{days_to_disclose}}', values);
      expect(r.ok).toBe(false);
      expect(r.findings).toHaveLength(1);
      expect(r.findings[0]).toMatchObject({ code: 'unfilled', parameter: 'days_to_disclose', severity: 'error' });
      expect(r.findings[0]?.message).toContain('Days to disclose');
      expect(r.text).toBe('[Days to disclose] and again [Days to disclose]');
      expect(r.segments[0]).toEqual({ kind: 'missing', name: 'days_to_disclose', text: '[Days to disclose]' });
    }
  });

  it('flags a placeholder whose type annotation contradicts the declaration', () => {
    const r = render('{{days_to_disclose:text}}', { days_to_disclose: 30 });
    expect(r.findings.map((f) => f.code)).toEqual(['type-mismatch']);
    expect(r.findings[0]?.fix).toContain('{{days_to_disclose:number}}');
  });

  it('reports malformed and unclosed placeholder syntax and an unknown type', () => {
    expect(render('{{two words}}', {}).findings[0]).toMatchObject({ code: 'syntax', severity: 'error' });
    expect(render('{{days_to_disclose:money}}', {}).findings[0]?.message).toContain('unknown type "money"');
    const unclosed = render('text {{days_to_disclose', { days_to_disclose: 3 });
    expect(unclosed.findings[0]?.message).toContain('without a closing');
    expect(unclosed.text).toBe('text {{days_to_disclose');
  });
});

describe('typed values', () => {
  it('a number parameter given text gets a clear finding naming the parameter', () => {
    const r = render('{{days_to_disclose}}', { days_to_disclose: 'thirty' });
    expect(r.ok).toBe(false);
    expect(r.findings[0]).toMatchObject({ code: 'invalid-value', parameter: 'days_to_disclose' });
    expect(r.findings[0]?.message).toBe('Days to disclose must be a number, but "thirty" is not a number.');
    expect(r.findings[0]?.fix).toContain('days');
    expect(render('{{days_to_disclose}}', { days_to_disclose: '30 days' }).ok).toBe(false);
  });

  it('accepts a numeric string from a form field', () => {
    expect(render('{{days_to_disclose}}', { days_to_disclose: ' 45 ' }).text).toBe('45');
  });

  it('enforces min, max and whole numbers', () => {
    expect(render('{{days_to_disclose}}', { days_to_disclose: 0 }).findings[0]?.message).toContain('below the minimum of 1');
    expect(render('{{days_to_disclose}}', { days_to_disclose: 366 }).findings[0]?.message).toContain('above the maximum of 365');
    expect(render('{{days_to_disclose}}', { days_to_disclose: 2.5 }).findings[0]?.message).toContain('whole number');
  });

  it('names the parameter by its label, never by the key the clause text uses', () => {
    expect(render('{{days_to_disclose}}', { days_to_disclose: 999 }).findings[0]?.message).toBe(
      'Days to disclose is 999, above the maximum of 365.',
    );
    const unfilled = render('{{days_to_disclose}}', {}).findings[0]?.message;
    expect(unfilled).toBe('Days to disclose is not filled in.');
  });

  it('refuses a choice that is not among the options, naming the options', () => {
    const r = render('{{tier2_scope}}', { tier2_scope: 'everything' });
    expect(r.findings[0]).toMatchObject({ code: 'invalid-value', parameter: 'tier2_scope' });
    expect(r.findings[0]?.fix).toContain('Annex list; High-risk components');
  });

  it('refuses an impossible date', () => {
    expect(render('{{first_report}}', { first_report: '2027-02-30' }).findings[0]?.message).toContain('YYYY-MM-DD');
    expect(render('{{first_report}}', { first_report: 'next spring' }).ok).toBe(false);
  });

  it('refuses a text value over its length limit', () => {
    const r = render('{{monitoring_organisation}}', { monitoring_organisation: 'x'.repeat(301) });
    expect(r.findings[0]?.message).toContain('301 characters');
  });
});

describe('escaping: plain text in, plain text out', () => {
  it('keeps &, <, >, quotes and apostrophes exactly', () => {
    const source = `Tom & Jerry's <b>"factory"</b> > 'none' {{supplier}}`;
    const r = render(source, { supplier: 'A&B <Ltd> "X"' });
    expect(r.text).toBe(`Tom & Jerry's <b>"factory"</b> > 'none' A&B <Ltd> "X"`);
  });

  it('\\{{ renders a literal {{, and a lone }} or { stays as written', () => {
    const r = render('Write \\{{supplier}} to insert the name; }} and { stay.', {});
    expect(r.findings).toEqual([]);
    expect(r.text).toBe('Write {{supplier}} to insert the name; }} and { stay.');
  });

  it('never re-interprets a filled value', () => {
    const r = render('{{monitoring_organisation}}', { monitoring_organisation: '{{supplier}} ${1+1} <script>' });
    expect(r.text).toBe('{{supplier}} ${1+1} <script>');
    expect(r.findings).toEqual([]);
  });

  it('treats __proto__, constructor and toString as unknown placeholders and touches no prototype', () => {
    const values = JSON.parse('{"__proto__": {"polluted": "yes"}, "constructor": "c", "toString": "t"}') as Record<string, string>;
    const r = render('{{__proto__}} {{constructor}} {{toString}} {{hasOwnProperty}}', values);
    expect(r.findings.map((f) => [f.code, f.parameter])).toEqual([
      ['unknown-placeholder', '__proto__'],
      ['unknown-placeholder', 'constructor'],
      ['unknown-placeholder', 'toString'],
      ['unknown-placeholder', 'hasOwnProperty'],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(r.text).toBe('[{{__proto__}}] [{{constructor}}] [{{toString}}] [{{hasOwnProperty}}]');
  });

  it('does not let such names be declared as parameters', () => {
    expect(ParameterNameSchema.safeParse('__proto__').success).toBe(false);
    expect(ParameterNameSchema.safeParse('constructor').success).toBe(false);
    expect(ParameterNameSchema.safeParse('prototype').success).toBe(false);
    expect(ParameterNameSchema.safeParse('days_to_disclose').success).toBe(true);
  });

  it('tokenizes without evaluating anything', () => {
    expect(tokenize('a {{b}} c')).toEqual([
      { kind: 'text', text: 'a ' },
      { kind: 'placeholder', name: 'b', type: undefined, raw: '{{b}}', start: 2 },
      { kind: 'text', text: ' c' },
    ]);
  });
});

describe('huge text', () => {
  it('gives a clear message for a body over 20,000 characters and still renders it', () => {
    const body = 'a'.repeat(25_000);
    const r = render(body, {});
    expect(r.ok).toBe(false);
    expect(r.findings[0]).toMatchObject({ code: 'too-long', severity: 'error' });
    expect(r.findings[0]?.message).toContain('25,000 characters');
    expect(r.findings[0]?.message).toContain('20,000');
    expect(r.text).toHaveLength(25_000);
    expect(checkTextLength('a'.repeat(20_000), 'c1')).toBeNull();
  });

  it('stays fast on a long text full of placeholders', () => {
    const source = '{{supplier}} '.repeat(1500);
    const r = render(source, { supplier: 'S' });
    expect(r.ok).toBe(true);
    expect(r.text).toBe('S '.repeat(1500));
  });
});

describe('checkTemplate', () => {
  it('warns about declared parameters no placeholder uses and errors on broken defaults', () => {
    const findings = checkTemplate({
      id: 't',
      title: 'T',
      body: '{{buyer}} {{days_to_disclose}}',
      subClauses: [{ id: 's', body: '{{undeclared}}' }],
      parameters: [
        { name: 'days_to_disclose', type: 'number', label: 'Days', help: '', default: 30 },
        { name: 'spare', type: 'text', label: 'Spare', help: '' },
        { name: 'when', type: 'date', label: 'When', help: '', default: '2027-13-01' },
      ],
    });
    expect(findings.map((f) => [f.severity, f.code, f.parameter])).toEqual([
      ['error', 'unknown-placeholder', 'undeclared'],
      ['warning', 'unused-parameter', 'spare'],
      ['error', 'invalid-default', 'when'],
      ['warning', 'unused-parameter', 'when'],
    ]);
    expect(hasErrors(findings)).toBe(true);
    expect(hasErrors(findings.filter((f) => f.severity === 'warning'))).toBe(false);
  });

  it('letters items (a) to (z) then (aa)', () => {
    expect([0, 1, 25, 26, 27].map(itemLetter)).toEqual(['a', 'b', 'z', 'aa', 'ab']);
  });
});
