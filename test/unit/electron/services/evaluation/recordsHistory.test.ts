/**
 * Evaluation records (imports, moderations, audit trail) are history: restoring an older backup or
 * duplicating a tender must neither roll them back nor hand them to another tender.
 */
import { describe, expect, it } from 'vitest';
import { evaluationOf } from '@shared/model/evaluation';
import { contentOf } from '@shared/model/tender';
import { asUpload, exportAll, fillWorkbook, workspaceWithLot } from './helpers';

async function workspaceWithOneImport() {
  const ws = await workspaceWithLot();
  const workbooks = await exportAll(ws);
  const filled = await fillWorkbook(workbooks['ev-ao'], ws.lot, 'ev-ao');
  await ws.call('evaluation.importWorkbooks', {
    tenderId: ws.tender.id,
    lotId: ws.lot.id,
    files: [asUpload('ao.xlsx', filled)],
    by: 'Lena Lead',
  });
  return ws;
}

describe('evaluation records survive backups and duplicates', () => {
  it('restoring a backup from before an import brings the content back and keeps the import and its audit entry', async () => {
    const ws = await workspaceWithOneImport();
    const beforeImport = (await ws.call('backups.list', { tenderId: ws.tender.id })).entries.find((b) => b.revision === ws.tender.revision);
    expect(beforeImport).toBeDefined();
    // The export of the workbooks and their import each labelled the version they started from.
    expect(beforeImport!.snapshots.map((s) => s.label)).toEqual([
      expect.stringMatching(/^Before export of \d+ evaluator workbooks?$/),
      'Before import of 1 workbook',
    ]);
    const imported = await ws.call('tenders.get', { id: ws.tender.id });
    await ws.call('tenders.save', { id: ws.tender.id, content: { ...contentOf(imported), title: 'Renamed after the import' } });

    const restored = await ws.call('backups.restore', { tenderId: ws.tender.id, backupId: beforeImport!.id });

    expect(restored.title).toBe(ws.tender.title);
    const evaluation = evaluationOf(restored.lots[0]!);
    expect(evaluation.imports.map((i) => i.evaluatorId)).toEqual(['ev-ao']);
    expect(evaluation.audit.map((a) => a.action)).toEqual(['import']);
    expect(evaluationOf((await ws.call('tenders.get', { id: ws.tender.id })).lots[0]!)).toEqual(evaluation);
  });

  it('a duplicate keeps the panel and bidders but starts with no imports, moderations or audit trail', async () => {
    const ws = await workspaceWithOneImport();
    const copy = await ws.call('tenders.duplicate', { id: ws.tender.id });

    const copied = evaluationOf(copy.lots[0]!);
    const original = evaluationOf((await ws.call('tenders.get', { id: ws.tender.id })).lots[0]!);
    expect(copied.evaluators).toEqual(original.evaluators);
    expect(copied.bidders).toEqual(original.bidders);
    expect([copied.imports, copied.moderations, copied.audit]).toEqual([[], [], []]);
    expect(original.imports).toHaveLength(1);
    expect(original.audit).toHaveLength(1);
  });
});
