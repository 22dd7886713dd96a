import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBuiltinClauses } from '@shared/clauses/library';
import { createInstance, renderClause } from '@shared/clauses/instances';
import { checkTemplate } from '@shared/clauses/template';
import { BuiltinClauseFileSchema, CLAUSE_TOPICS, LEVERAGE_CATEGORIES, CLAUSE_PURPOSES } from '@shared/model/clauses';
import { ROOT, readJson } from './helpers';

const raw = readJson('resources/library/clauses.json');

describe('built-in clause library (resources/library/clauses.json)', () => {
  const parsed = BuiltinClauseFileSchema.parse(raw);
  const templates = parsed.clauses;

  it('validates and loads', () => {
    const r = parseBuiltinClauses(raw);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.every((e) => e.origin === 'builtin' && e.status === 'active')).toBe(true);
  });

  it('has at least 20 clauses covering every topic', () => {
    expect(templates.length).toBeGreaterThanOrEqual(20);
    const topics = new Set(templates.map((t) => t.tags.topic));
    expect([...CLAUSE_TOPICS].filter((t) => !topics.has(t))).toEqual([]);
  });

  it('uses every leverage category A-E and every purpose at least once', () => {
    const categories = new Set(templates.map((t) => t.tags.leverage));
    expect([...LEVERAGE_CATEGORIES].filter((c) => !categories.has(c))).toEqual([]);
    const purposes = new Set(templates.map((t) => t.tags.purpose));
    expect([...CLAUSE_PURPOSES].filter((p) => !purposes.has(p))).toEqual([]);
  });

  it('declares the typed placeholders the issue names, and gives choices their options', () => {
    const all = templates.flatMap((t) => t.parameters);
    const find = (n: string) => all.find((p) => p.name === n);
    expect(find('days_to_disclose')?.type).toBe('number');
    expect(find('update_interval_months')?.type).toBe('number');
    expect(find('monitoring_organisation')?.type).toBe('text');
    const scope = find('tier2_scope');
    expect(scope?.type).toBe('choice');
    if (scope?.type === 'choice') expect(scope.options.length).toBeGreaterThanOrEqual(2);
    expect(all.some((p) => p.type === 'date')).toBe(true);
  });

  it('has sub-clauses where a contract would, e.g. Tier 1 disclosure: data, format, responsibility', () => {
    const tier1 = templates.find((t) => t.id === 'tier1-factory-disclosure');
    expect(tier1?.subClauses.map((s) => s.id)).toEqual(['data', 'format', 'responsibility']);
    expect(tier1?.subClauses[0]?.items?.length).toBeGreaterThanOrEqual(3);
    expect(templates.filter((t) => t.subClauses.length > 0).length).toBeGreaterThanOrEqual(20);
  });

  it('every template is clean (no errors, no unused parameters) and renders once its blanks are filled', () => {
    for (const t of templates) {
      expect(checkTemplate(t), t.id).toEqual([]);
      expect(t.guidance.length, t.id).toBeGreaterThan(80);
      const inst = createInstance(t, {
        order: 0,
        origin: 'builtin',
        values: { monitoring_organisation: 'the Monitor', first_report_date: '2027-03-01', first_update_date: '2027-06-30' },
      });
      const rendered = renderClause(inst, 1);
      expect(rendered.findings, t.id).toEqual([]);
      for (const p of rendered.paragraphs) expect(p.text, t.id).not.toMatch(/\{\{|\[|\]/);
    }
  });

  it('never starts a sentence with a placeholder that renders in lower case', () => {
    for (const t of templates) {
      const texts = [t.body, ...t.subClauses.flatMap((s) => [s.body, ...(s.items ?? []).map((i) => i.body)])];
      for (const text of texts) expect(/(^|\.\s)\{\{(buyer|supplier)\}\}/.test(text), `${t.id}: ${text.slice(0, 60)}`).toBe(false);
    }
  });

  it('speaks of the app only as Tenderwright', () => {
    const text = JSON.stringify(raw).toLowerCase();
    expect(text).not.toMatch(/\b(this app|the app|the tool|software vendor)\b/);
  });
});

describe('shared/ stays pure', () => {
  const files = [
    'shared/model/clauses.ts',
    'shared/model/questions.ts',
    ...readdirSync(join(ROOT, 'shared/clauses')).map((f) => `shared/clauses/${f}`),
    ...readdirSync(join(ROOT, 'shared/rules'))
      .filter((f) => f.startsWith('qa'))
      .map((f) => `shared/rules/${f}`),
  ];
  it.each(files)('%s imports no Node, Electron, React, lowdb, docx or exceljs', (file) => {
    const source = readFileSync(resolve(ROOT, file), 'utf8');
    const imports = [...source.matchAll(/from\s+'([^']+)'/g)].map((m) => m[1]);
    for (const spec of imports) expect(spec).not.toMatch(/^(node:|fs$|path$|os$|electron|react|lowdb|docx|exceljs)/);
  });

  it('the clause and question model files evaluate no code from data', () => {
    for (const file of files) {
      const source = readFileSync(resolve(ROOT, file), 'utf8');
      expect(source, file).not.toMatch(/\beval\(|new Function\(/);
    }
  });
});
