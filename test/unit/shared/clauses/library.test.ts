import { describe, expect, it } from 'vitest';
import {
  combineLibraries,
  createOwnClause,
  currentVersion,
  deleteOwnClause,
  duplicateClause,
  editClause,
  getVersion,
  reactivateClause,
  retireClause,
  searchClauses,
} from '@shared/clauses/library';
import {
  addClause,
  clausesToPlainText,
  diffWithNewer,
  editText,
  effectiveText,
  moveClause,
  newerVersionAvailable,
  removeClause,
  renderClause,
  renderClauses,
  revertText,
  setValues,
  templateState,
  updateToNewer,
} from '@shared/clauses/instances';
import { ClauseLibrarySchema, TenderClausesSchema, type ClauseInstance, type LibraryClause } from '@shared/model/clauses';
import { NOW, draft, loadBuiltinClauses } from './helpers';

function must<T>(r: { ok: true; value: T } | { ok: false; message: string }): T {
  if (!r.ok) throw new Error(r.message);
  return r.value;
}

const builtins = loadBuiltinClauses();
const tier1 = builtins.find((c) => c.id === 'tier1-factory-disclosure') as LibraryClause;

describe('own library: create, duplicate, edit, retire', () => {
  it('creates an own clause as version 1', () => {
    const entry = must(createOwnClause(draft(), { id: 'own-1', now: NOW }));
    expect(entry).toMatchObject({ id: 'own-1', origin: 'own', status: 'active' });
    expect(entry.versions.map((v) => v.version)).toEqual([1]);
    expect(ClauseLibrarySchema.safeParse([entry]).success).toBe(true);
  });

  it('refuses to create a clause with an undeclared placeholder, saying which', () => {
    const r = createOwnClause(draft({ body: 'Within {{dayz}} days.' }), { id: 'own-x', now: NOW });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toContain('{{dayz}}');
      expect(r.findings?.[0]).toMatchObject({ code: 'unknown-placeholder', parameter: 'dayz' });
    }
  });

  it('duplicates a built-in into an own version that remembers its source', () => {
    const copy = duplicateClause(tier1, { id: 'own-tier1', now: NOW });
    expect(copy.origin).toBe('own');
    expect(copy.basedOn).toEqual({ templateId: 'tier1-factory-disclosure', version: 1 });
    expect(copy.versions).toHaveLength(1);
    const v1 = currentVersion(copy);
    expect(v1).toMatchObject({ id: 'own-tier1', version: 1, body: currentVersion(tier1).body });
    expect(v1.changeNote).toContain('Disclosure of production sites');
    // the built-in itself is untouched
    expect(currentVersion(tier1).id).toBe('tier1-factory-disclosure');
  });

  it('edit makes version 2 and keeps version 1 exactly as it was', () => {
    const entry = must(createOwnClause(draft(), { id: 'own-1', now: NOW }));
    const before = structuredClone(entry);
    const { entry: edited, changed } = must(
      editClause(
        entry,
        { body: 'Within {{days_to_disclose:number}} calendar days of award, {{supplier}} shall list its factories for {{buyer}}.' },
        { now: NOW, changeNote: 'calendar days' },
      ),
    );
    expect(changed).toBe(true);
    expect(edited.versions.map((v) => v.version)).toEqual([1, 2]);
    expect(getVersion(edited, 1)).toEqual(before.versions[0]);
    expect(currentVersion(edited).changeNote).toBe('calendar days');
    expect(entry).toEqual(before); // the input was not mutated
  });

  it('an edit that changes nothing makes no new version', () => {
    const entry = must(createOwnClause(draft(), { id: 'own-1', now: NOW }));
    const r = must(editClause(entry, { title: 'Factory disclosure' }));
    expect(r.changed).toBe(false);
    expect(r.entry.versions).toHaveLength(1);
  });

  it('refuses to edit a built-in or a retired clause, and refuses invalid edits', () => {
    const builtinEdit = editClause(tier1, { title: 'Mine' });
    expect(builtinEdit.ok).toBe(false);
    if (!builtinEdit.ok) expect(builtinEdit.message).toContain('Duplicate it');
    const entry = must(createOwnClause(draft(), { id: 'own-1', now: NOW }));
    const retired = editClause(retireClause(entry), { title: 'New' });
    expect(retired.ok).toBe(false);
    const bad = editClause(entry, { body: '{{days_to_disclose:text}}' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.findings?.[0]?.code).toBe('type-mismatch');
  });

  it('retire hides a clause from browsing and from adding; reactivate brings it back', () => {
    const entry = must(createOwnClause(draft(), { id: 'own-1', now: NOW }));
    const retired = retireClause(entry);
    expect(retired.status).toBe('retired');
    expect(searchClauses([retired])).toEqual([]);
    expect(searchClauses([retired], { includeRetired: true })).toHaveLength(1);
    const add = addClause([], retired);
    expect(add.ok).toBe(false);
    expect(reactivateClause(retired).status).toBe('active');
  });

  it('searches by text and tags', () => {
    const lib = combineLibraries(builtins, []);
    expect(searchClauses(lib, { text: 'smelters refiners' }).map((c) => c.id)).toContain('tier2-minerals-smelters');
    expect(searchClauses(lib, { topic: 'penalties' }).every((c) => currentVersion(c).tags.topic === 'penalties')).toBe(true);
    expect(searchClauses(lib, { leverage: 'E' }).length).toBeGreaterThan(0);
    expect(searchClauses(lib, { moment: 'disbursement-of-funds' }).length).toBeGreaterThan(0);
    expect(searchClauses(lib, { text: 'zzzz-nothing' })).toEqual([]);
  });

  it('own entries win an id clash when libraries are combined', () => {
    const own = { ...duplicateClause(tier1, { id: 'tier1-factory-disclosure', now: NOW }) };
    const lib = combineLibraries(builtins, [own]);
    expect(lib.filter((c) => c.id === 'tier1-factory-disclosure')).toEqual([own]);
  });
});

describe('tender clauses: instances, numbering, frozen text', () => {
  it('numbers clauses 1, 2; sub-clauses 1.1; items (a) and reorders', () => {
    const own = must(createOwnClause(draft(), { id: 'own-1', now: NOW }));
    let clauses: ClauseInstance[] = must(addClause([], own, { id: 'i1', values: { supplier: 'Acme Ltd', buyer: 'City of Example' } }));
    clauses = must(addClause(clauses, tier1, { id: 'i2', values: { days_to_disclose: 45 } }));
    expect(TenderClausesSchema.safeParse(clauses).success).toBe(true);
    const rendered = renderClauses(clauses);
    expect(rendered.ok).toBe(true);
    const first = rendered.clauses[0];
    expect(first?.number).toBe('1');
    expect(first?.paragraphs.map((p) => p.number)).toEqual(['1', '1.1', '(a)', '(b)', '1.2']);
    expect(first?.paragraphs[0]?.text).toBe('Within 30 days of award, Acme Ltd shall list its factories for City of Example.');
    expect(first?.paragraphs[4]?.text).toBe('The list is delivered as a spreadsheet.');
    expect(rendered.clauses[1]?.paragraphs[0]?.text).toContain('Within 45 days of contract award, the Supplier');

    const moved = moveClause(clauses, 'i2', 0);
    expect(moved.map((c) => [c.id, c.order])).toEqual([
      ['i2', 0],
      ['i1', 1],
    ]);
    const again = renderClauses(moved);
    expect(again.clauses.map((c) => `${c.number} ${c.title}`)).toEqual([
      '1 Disclosure of production sites (Tier 1)',
      '2 Factory disclosure',
    ]);
    expect(again.clauses[1]?.paragraphs.map((p) => p.number)).toEqual(['2', '2.1', '(a)', '(b)', '2.2']);
    expect(removeClause(moved, 'i2').map((c) => [c.id, c.order])).toEqual([['i1', 0]]);
    expect(clausesToPlainText(again.clauses)).toContain('2.1 Data. The list gives:\n(a) the legal name of each factory;');
  });

  it('export is refused while a parameter is unfilled or invalid, with findings naming the clause', () => {
    const mon = builtins.find((c) => c.id === 'data-sharing-monitor') as LibraryClause;
    let clauses = must(addClause([], mon, { id: 'm1' }));
    let r = renderClauses(clauses);
    expect(r.ok).toBe(false);
    expect(r.findings).toEqual([expect.objectContaining({ code: 'unfilled', clauseId: 'm1', parameter: 'monitoring_organisation' })]);
    clauses = clauses.map((c) => setValues(c, { monitoring_organisation: 'the Monitor' }));
    r = renderClauses(clauses);
    expect(r.ok).toBe(true);
    clauses = must(addClause(clauses, tier1, { id: 't1', values: { days_to_disclose: 'soon' } }));
    r = renderClauses(clauses);
    expect(r.ok).toBe(false);
    expect(r.findings[0]).toMatchObject({ clauseId: 't1', code: 'invalid-value', parameter: 'days_to_disclose' });
  });

  it('edited text overrides the frozen text, keeps placeholders working, and can be reverted', () => {
    const inst = must(addClause([], tier1, { id: 'i1' }))[0] as ClauseInstance;
    const text = { ...effectiveText(inst), body: 'Our own words: {{supplier}} discloses within {{days_to_disclose}} days & more.' };
    const edited = must(editText(inst, text));
    expect(renderClause(edited, 1).paragraphs[0]?.text).toBe('Our own words: the Supplier discloses within 30 days & more.');
    expect(renderClause(revertText(edited), 1).paragraphs[0]?.text).toContain('Within 30 days of contract award');
  });

  it('huge pasted text is refused with a clear message and the instance stays as it was', () => {
    const inst = must(addClause([], tier1, { id: 'i1' }))[0] as ClauseInstance;
    const r = editText(inst, { ...effectiveText(inst), body: 'x'.repeat(30_000) });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toContain('30,000 characters');
      expect(r.message).toContain('at most 20,000');
      expect(r.message).toContain('has not been discarded');
    }
    expect(inst.edited).toBeUndefined();
  });

  it('keeps its frozen text after the template is deleted from the library', () => {
    const own = must(createOwnClause(draft(), { id: 'own-1', now: NOW }));
    let library: LibraryClause[] = [own];
    const inst = must(addClause([], own, { id: 'i1' }))[0] as ClauseInstance;
    const before = renderClause(inst, 1);
    library = must(deleteOwnClause(library, 'own-1'));
    expect(library).toEqual([]);
    expect(renderClause(inst, 1)).toEqual(before);
    expect(templateState(inst, library)).toEqual({ state: 'missing' });
    expect(newerVersionAvailable(inst, library)).toBeNull();
    const update = updateToNewer(inst, library);
    expect(update.ok).toBe(false);
    if (!update.ok) expect(update.message).toContain('keeps its own copy');
    expect(deleteOwnClause(builtins, 'tier1-factory-disclosure').ok).toBe(false);
  });

  it('keeps its frozen text when the template is edited', () => {
    const own = must(createOwnClause(draft(), { id: 'own-1', now: NOW }));
    const inst = must(addClause([], own, { id: 'i1' }))[0] as ClauseInstance;
    const v2 = must(editClause(own, { body: 'Something else for {{supplier}}.' })).entry;
    expect(renderClause(inst, 1).paragraphs[0]?.text).toContain('Within 30 days of award');
    expect(templateState(inst, [v2]).state).toBe('newer-version');
  });
});

describe('newer versions: detection, diff, opt-in update', () => {
  const own = must(createOwnClause(draft(), { id: 'own-1', now: NOW }));
  const inst = setValues(must(addClause([], own, { id: 'i1' }))[0] as ClauseInstance, {
    days_to_disclose: 200,
    format: 'open',
    supplier: 'Acme Ltd',
  });
  const v2 = must(
    editClause(own, {
      body: 'Within {{days_to_disclose:number}} calendar days of award, {{supplier}} shall list its factories and {{tier2_scope}} for {{buyer}}.',
      parameters: [
        { name: 'days_to_disclose', type: 'number', label: 'Days to disclose', help: '', default: 60, min: 1, max: 120, integer: true },
        { name: 'format', type: 'text', label: 'Format', help: '', default: 'a spreadsheet' },
        {
          name: 'tier2_scope',
          type: 'choice',
          label: 'Tier 2 scope',
          help: '',
          options: [{ value: 'main', label: 'main components' }],
          default: 'main',
        },
      ],
      subClauses: [{ id: 'format', body: 'The list is delivered as {{format}}.' }],
    }),
  ).entry;
  const library = [v2];

  it('detects the newer version', () => {
    expect(newerVersionAvailable(inst, [own])).toBeNull();
    expect(templateState(inst, [own]).state).toBe('current');
    expect(newerVersionAvailable(inst, library)?.version).toBe(2);
  });

  it('diffs the frozen text against the newer template text, line by line and word by word', () => {
    const diff = diffWithNewer(inst, library);
    expect(diff).not.toBeNull();
    if (!diff) return;
    expect(diff).toMatchObject({ fromVersion: 1, toVersion: 2, textChanged: true, hasEditedText: false });
    const removed = diff.lines.filter((l) => l.kind === 'removed').map((l) => l.text);
    const added = diff.lines.filter((l) => l.kind === 'added').map((l) => l.text);
    expect(removed).toContain('(a) the legal name of each factory;');
    expect(added.some((l) => l.includes('calendar days'))).toBe(true);
    expect(diff.lines[0]).toEqual({ kind: 'same', text: 'Factory disclosure' });
    const body = diff.sections.find((sec) => sec.key === 'body');
    expect(body?.kind).toBe('changed');
    expect(body?.words.filter((w) => w.kind === 'added').map((w) => w.text.trim())).toEqual(['calendar', 'and {{tier2_scope}}']);
    expect(diff.sections.map((sec) => [sec.key, sec.kind])).toEqual([
      ['title', 'same'],
      ['body', 'changed'],
      ['sub:data', 'removed'],
      ['item:data:name', 'removed'],
      ['item:data:address', 'removed'],
      ['sub:format', 'changed'],
    ]);
    expect(diff.parameters.map((p) => [p.kind, p.name])).toEqual([
      ['changed', 'days_to_disclose'],
      ['changed', 'format'],
      ['added', 'tier2_scope'],
    ]);
  });

  it('updates only on request, keeping compatible values and explaining the rest', () => {
    const r = must(updateToNewer(inst, library));
    expect(r.instance.templateVersion).toBe(2);
    expect(r.kept).toEqual(['buyer', 'supplier']);
    expect(r.dropped.map((d) => d.name)).toEqual(['days_to_disclose', 'format']);
    expect(r.dropped[0]?.reason).toContain('above the maximum of 120');
    expect(r.dropped[1]?.reason).toContain('type changed from choice to text');
    expect(r.added).toEqual(['tier2_scope']);
    expect(r.instance.values).toEqual({
      supplier: 'Acme Ltd',
      buyer: 'the Contracting Authority',
      days_to_disclose: 60,
      format: 'a spreadsheet',
      tier2_scope: 'main',
    });
    expect(renderClause(r.instance, 1).paragraphs[0]?.text).toBe(
      'Within 60 calendar days of award, Acme Ltd shall list its factories and main components for the Contracting Authority.',
    );
    expect(templateState(r.instance, library).state).toBe('current');
    // the original instance is untouched until the caller stores the result
    expect(inst.templateVersion).toBe(1);
  });

  it('keeps the tender’s own wording unless asked to discard it', () => {
    const edited = must(editText(inst, { ...effectiveText(inst), body: 'Custom {{supplier}}.' }));
    expect(diffWithNewer(edited, library)?.hasEditedText).toBe(true);
    const kept = must(updateToNewer(edited, library));
    expect(kept.editedTextKept).toBe(true);
    expect(renderClause(kept.instance, 1).paragraphs[0]?.text).toBe('Custom Acme Ltd.');
    const discarded = must(updateToNewer(edited, library, { discardEditedText: true }));
    expect(discarded.editedTextKept).toBe(false);
    expect(discarded.instance.edited).toBeUndefined();
  });

  it('refuses an update when already current', () => {
    const r = updateToNewer(inst, [own]);
    expect(r.ok).toBe(false);
  });
});
