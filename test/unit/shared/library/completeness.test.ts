import { describe, expect, it } from 'vitest';
import { builtinLibraries } from '../../../../electron/services/library/builtins';
import type { LibraryOverlay } from '@shared/library/overlay';
import { localiseClauseTemplate } from '@shared/library/localise';
import { checkTemplate } from '@shared/clauses';

/*
 * Every built-in item exists in French and Spanish with every text filled in, and a translation keeps
 * the English structure: the same sub-clauses, items, parameters, options and placeholders, the same
 * number of tags, evidence lines, scale descriptors and maturity levels. Each test lists what is wrong.
 */

const { criteria, clauses, questions, translations } = builtinLibraries();
const LANGUAGES = ['fr', 'es'] as const;

const blank = (s: string | undefined) => s === undefined || s.trim() === '';
const placeholders = (s: string | undefined) => (s ?? '').match(/\{\{[^}]*\}\}/g)?.sort() ?? [];
const samePlaceholders = (a: string | undefined, b: string | undefined) =>
  JSON.stringify(placeholders(a)) === JSON.stringify(placeholders(b));
const overlayOf = (language: (typeof LANGUAGES)[number]): LibraryOverlay => {
  const overlay = translations[language];
  if (!overlay) throw new Error(`no ${language} overlay`);
  return overlay;
};

describe.each(LANGUAGES)('built-in libraries in %s', (language) => {
  const overlay = overlayOf(language);

  it('translates every criterion, with its tags and every scale descriptor', () => {
    const problems: string[] = [];
    for (const entry of criteria) {
      const o = overlay.criteria[entry.id];
      if (!o) {
        problems.push(`${entry.id}: missing`);
        continue;
      }
      for (const field of ['name', 'description', 'evidence', 'guidance'] as const) {
        if (blank(o[field]) && !blank(entry[field])) problems.push(`${entry.id}.${field}: empty`);
      }
      if ((entry.tags?.length ?? 0) !== (o.tags?.length ?? 0) || o.tags?.some(blank)) problems.push(`${entry.id}.tags: not one per tag`);
      if (entry.scoring.type === 'quality-scale') {
        const levels = entry.scoring.descriptors.length;
        if (o.descriptors?.length !== levels || o.descriptors.some(blank)) problems.push(`${entry.id}.descriptors: not ${levels} levels`);
      } else if (o.descriptors) problems.push(`${entry.id}.descriptors: a price formula has no scale`);
    }
    for (const id of Object.keys(overlay.criteria)) if (!criteria.some((e) => e.id === id)) problems.push(`${id}: not a built-in`);
    expect(problems).toEqual([]);
  });

  it('translates every clause template, keeping its sub-clauses, items, parameters, options and placeholders', () => {
    const problems: string[] = [];
    for (const entry of clauses) {
      const t = entry.versions[entry.versions.length - 1]!;
      const o = overlay.clauses[t.id];
      if (!o) {
        problems.push(`${t.id}: missing`);
        continue;
      }
      for (const f of checkTemplate(localiseClauseTemplate(t, o))) if (f.severity === 'error') problems.push(`${t.id}: ${f.message}`);
      const check = (where: string, english: string | undefined, translated: string | undefined) => {
        if (english === undefined) {
          if (translated !== undefined) problems.push(`${t.id}.${where}: not in the English`);
          return;
        }
        if (blank(translated) && !blank(english)) problems.push(`${t.id}.${where}: empty`);
        else if (!samePlaceholders(english, translated)) problems.push(`${t.id}.${where}: placeholders differ`);
      };
      check('title', t.title, o.title);
      check('body', t.body, o.body);
      check('guidance', t.guidance, o.guidance);
      const subIds = t.subClauses.map((s) => s.id);
      for (const id of Object.keys(o.subClauses ?? {})) if (!subIds.includes(id)) problems.push(`${t.id}.${id}: not a sub-clause`);
      for (const sub of t.subClauses) {
        const os = o.subClauses?.[sub.id];
        check(`${sub.id}.heading`, sub.heading, os?.heading);
        check(`${sub.id}.body`, sub.body, os?.body);
        const itemIds = (sub.items ?? []).map((i) => i.id);
        for (const id of Object.keys(os?.items ?? {})) if (!itemIds.includes(id)) problems.push(`${t.id}.${sub.id}.${id}: not an item`);
        for (const item of sub.items ?? []) check(`${sub.id}.${item.id}`, item.body, os?.items?.[item.id]);
      }
      const names = t.parameters.map((p) => p.name);
      for (const name of Object.keys(o.parameters ?? {})) if (!names.includes(name)) problems.push(`${t.id}.${name}: not a parameter`);
      for (const p of t.parameters) {
        const op = o.parameters?.[p.name];
        check(`${p.name}.label`, p.label, op?.label);
        check(`${p.name}.help`, p.help, op?.help);
        check(`${p.name}.unit`, p.type === 'number' ? p.unit : undefined, op?.unit);
        check(`${p.name}.default`, p.type === 'text' ? p.default : undefined, op?.default);
        if (p.type === 'choice') {
          const values = p.options.map((x) => x.value);
          for (const v of Object.keys(op?.options ?? {})) if (!values.includes(v)) problems.push(`${t.id}.${p.name}.${v}: not an option`);
          for (const option of p.options) {
            check(`${p.name}.${option.value}.label`, option.label, op?.options?.[option.value]?.label);
            check(`${p.name}.${option.value}.text`, option.text, op?.options?.[option.value]?.text);
          }
        } else if (op?.options) problems.push(`${t.id}.${p.name}: options on a ${p.type} parameter`);
      }
    }
    for (const id of Object.keys(overlay.clauses)) if (!clauses.some((e) => e.id === id)) problems.push(`${id}: not a built-in`);
    expect(problems).toEqual([]);
  });

  it('translates every question, with one line per evidence item and four maturity levels', () => {
    const problems: string[] = [];
    for (const q of questions) {
      const o = overlay.questions[q.id];
      if (!o) {
        problems.push(`${q.id}: missing`);
        continue;
      }
      for (const field of ['question', 'why', 'goodAnswer', 'followUp'] as const)
        if (blank(o[field])) problems.push(`${q.id}.${field}: empty`);
      if (o.evidence.length !== q.evidence.length || o.evidence.some(blank)) problems.push(`${q.id}.evidence: not one per item`);
      if (o.maturity.length !== q.maturity.length || o.maturity.some(blank))
        problems.push(`${q.id}.maturity: not ${q.maturity.length} levels`);
    }
    for (const id of Object.keys(overlay.questions)) if (!questions.some((q) => q.id === id)) problems.push(`${id}: not a built-in`);
    expect(problems).toEqual([]);
  });
});
