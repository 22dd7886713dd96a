import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { closeHandlers, createHandlers } from '../../../../electron/services/handlers';
import { dispatch, type Handlers } from '@shared/api/contract';
import { ApiError } from '@shared/api/errors';
import { duplicateClause, editClause } from '@shared/clauses/library';
import { createInstance } from '@shared/clauses/instances';
import { contentOf } from '@shared/model/tender';
import { tempDirsPerTest } from './temp-dir';

const tempDir = tempDirsPerTest('tw-lib-');

async function rejection(value: unknown): Promise<ApiError> {
  const error = await Promise.resolve(value).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

async function open(root: string): Promise<Handlers> {
  return createHandlers(root);
}

describe('library service', () => {
  it('offers the built-in libraries with nothing of the team’s own yet', async () => {
    const handlers = await open(await tempDir());
    const view = await handlers['library.get']({});
    expect(view.criteria.builtin.length).toBeGreaterThanOrEqual(25);
    expect(view.criteria.builtin.filter((c) => c.category === 'social').length).toBeGreaterThanOrEqual(10);
    expect(view.clauses.filter((c) => c.origin === 'builtin').length).toBeGreaterThanOrEqual(20);
    expect(view.questions.builtin.length).toBeGreaterThanOrEqual(40);
    expect(view.criteria.own).toEqual([]);
  });

  it('keeps an own criterion in library.json across restarts, and refuses a built-in id', async () => {
    const root = await tempDir();
    const handlers = await open(root);
    const builtin = (await handlers['library.get']({})).criteria.builtin[0]!;
    const own = { ...builtin, id: 'own-crit-1', name: 'Our take on it' };
    await handlers['library.saveCriterion']({ entry: own });
    await closeHandlers(handlers);
    const reopened = await open(root);
    expect((await reopened['library.get']({})).criteria.own.map((c) => c.name)).toEqual(['Our take on it']);
    expect(JSON.parse(await readFile(join(root, 'library.json'), 'utf8')).criteria[0].id).toBe('own-crit-1');
    const error = await rejection(reopened['library.saveCriterion']({ entry: builtin }));
    expect(error.message).toMatch(/built-in criterion/);
  });

  it('saves own clause versions, refuses rewriting history, and a tender keeps its copy when the template is deleted', async () => {
    const root = await tempDir();
    const handlers = await open(root);
    const builtin = (await handlers['library.get']({})).clauses.find((c) => c.origin === 'builtin')!;
    const mine = duplicateClause(builtin, { id: 'own-tier1', now: '2026-11-21T10:00:00.000Z' });
    await handlers['library.saveClause']({ clause: mine });

    const edited = editClause(mine, { title: 'Factory disclosure (our wording)' }, { now: '2026-11-21T11:00:00.000Z' });
    if (!edited.ok) throw new Error(edited.message);
    const view = await handlers['library.saveClause']({ clause: edited.value.entry });
    expect(view.clauses.find((c) => c.id === 'own-tier1')!.versions.map((v) => v.version)).toEqual([1, 2]);

    const rewritten = {
      ...edited.value.entry,
      versions: [{ ...edited.value.entry.versions[0]!, title: 'Sneaky' }, edited.value.entry.versions[1]!],
    };
    expect((await rejection(handlers['library.saveClause']({ clause: rewritten }))).message).toMatch(/earlier version/);

    const tender = await handlers['tenders.create']({ title: 'Phones', reference: 'P', buyer: 'City', lots: ['Phones'] });
    const instance = createInstance(edited.value.entry.versions[1]!, { order: 0, origin: 'own' });
    await handlers['tenders.save']({ id: tender.id, content: { ...contentOf(tender), clauses: [instance] } });
    await handlers['library.deleteClause']({ id: 'own-tier1' });
    expect((await handlers['library.get']({})).clauses.some((c) => c.id === 'own-tier1')).toBe(false);
    const kept = await handlers['tenders.get']({ id: tender.id });
    expect(kept.clauses[0]!.frozen.title).toBe('Factory disclosure (our wording)');
  });

  it('imports a question library all or nothing, naming duplicate ids', async () => {
    const handlers = await open(await tempDir());
    const sample = (await handlers['library.get']({})).questions.builtin[0]!;
    const duplicates = JSON.stringify([
      { ...sample, id: 'q-a' },
      { ...sample, id: 'q-a' },
      { ...sample, id: 'q-b' },
    ]);
    const error = await rejection(handlers['library.importQuestions']({ fileName: 'bank.json', text: duplicates }));
    expect(error.message).toMatch(/bank\.json: .*q-a/);
    expect((await handlers['library.get']({})).questions.own).toEqual([]);

    const notJson = await rejection(handlers['library.importQuestions']({ fileName: 'bank.json', text: '{nope' }));
    expect(notJson.message).toMatch(/not valid JSON/);

    const good = await handlers['library.importQuestions']({
      fileName: 'bank.json',
      text: JSON.stringify({ questions: [{ ...sample, id: 'q-c' }] }),
    });
    expect(good.added).toBe(1);
    expect(good.view.questions.own.map((q) => q.id)).toEqual(['q-c']);
  });

  it('rejects a huge pasted import through the contract before the service sees it', async () => {
    const handlers = await open(await tempDir());
    const result = await dispatch(handlers, 'library.importQuestions', { fileName: 'x.json', text: 'x'.repeat(5_000_001) });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(!result.ok && result.error.message).toMatch(/at most 5 MB/);
  });
});
