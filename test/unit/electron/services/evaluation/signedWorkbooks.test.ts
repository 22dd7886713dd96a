/**
 * Signed evaluator workbooks, through the real API on real files: exported, filled in and edited with
 * exceljs the way an evaluator (or someone crediting a colleague) would, then imported.
 */
import ExcelJS from 'exceljs';
import { readFile, writeFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import type { WorkbookImportResult } from '@shared/api/methods/evaluation';
import { AuditEntrySchema, EvaluatorImportSchema } from '@shared/model/evaluation';
import { contentOf } from '@shared/model/tender';
import { dispatch, type Output } from '@shared/api/contract';
import { SHEETS } from '../../../../../electron/services/evaluation/evaluatorWorkbook';
import { closeHandlers, createHandlers } from '../../../../../electron/services/handlers';
import { existingSigningKey, signingKeyFile, workspaceSigningKey } from '../../../../../electron/services/evaluation/signingKey';
import {
  OTHER_WORKSPACE_MESSAGE,
  SIGNATURE_BROKEN_MESSAGE,
  UNSIGNED_MESSAGE,
} from '../../../../../electron/services/evaluation/workbookSignature';
import { asUpload, exportAll, fillWorkbook, workspaceWithLot, type Workspace } from './helpers';
import { fixtureLot } from '../../../shared/evaluation/lotFixture';
import { tempDirsPerTest } from '../temp-dir';
import { readableDateTime } from '../../../../../electron/services/evaluation/workbookFormat';

const tempDir = tempDirsPerTest('tw-sign-');

let ws: Workspace;
let blank: Awaited<ReturnType<typeof exportAll>>;

beforeAll(async () => {
  ws = await workspaceWithLot(fixtureLot(), 'file');
  blank = await exportAll(ws);
});

/** The hidden sheet's values by key. */
async function metadataOf(bytes: Uint8Array): Promise<Record<string, string>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const sheet = wb.getWorksheet(SHEETS.meta)!;
  const values: Record<string, string> = {};
  sheet.eachRow((row) => {
    values[String(row.getCell(1).value)] = String(row.getCell(2).value ?? '');
  });
  return values;
}

/** Sets values of the hidden sheet by key, as someone editing the very hidden sheet would. */
function setMeta(wb: ExcelJS.Workbook, changes: Record<string, string | number | null>): void {
  const sheet = wb.getWorksheet(SHEETS.meta)!;
  for (const [key, value] of Object.entries(changes)) {
    let found = false;
    sheet.eachRow((row) => {
      if (row.getCell(1).value === key) {
        row.getCell(2).value = value;
        found = true;
      }
    });
    if (!found) throw new Error(`no metadata key ${key}`);
  }
}

const importInto = (target: Workspace, fileName: string, bytes: Uint8Array) =>
  target.call('evaluation.importWorkbooks', {
    tenderId: target.tender.id,
    lotId: target.lot.id,
    files: [asUpload(fileName, bytes)],
    by: 'Lena Lead',
  });

async function refused(fileName: string, bytes: Uint8Array, target: Workspace = ws): Promise<string[]> {
  const outcome = await importInto(target, fileName, bytes);
  expect(outcome.changed).toBe(false);
  const result: WorkbookImportResult = outcome.files[0]!;
  expect(result.status).toBe('rejected');
  return result.problems.map((p) => p.message);
}

const editedAna = (changes: Record<string, string | number | null>) =>
  fillWorkbook(blank['ev-ao'], ws.lot, 'ev-ao', (wb) => setMeta(wb, changes));
const changedAfterExport = (what: string) =>
  `This workbook was changed after it was exported: it was issued to Ana Ortiz for the lot “Laptops”, but the hidden information on its ${what} now says otherwise. Import the workbook as exported, or export a new one.`;

describe('an evaluator workbook carries the workspace’s signature', () => {
  it('with a nonce per export, and never the secret itself', async () => {
    const key = (await existingSigningKey(ws.root))!;
    const ana = await metadataOf(blank['ev-ao']);
    const ben = await metadataOf(blank['ev-bw']);
    expect(ana.signingKeyId).toBe(key.keyId);
    expect(ana.signature).toMatch(/^[0-9a-f]{64}$/);
    expect(ana.signedIdentity).not.toBe(ben.signedIdentity);
    const again = await metadataOf((await exportAll(ws))['ev-ao']);
    expect(again.signedIdentity).not.toBe(ana.signedIdentity);
    const secret = Buffer.from(key.secret).toString('hex');
    expect((await readFile(signingKeyFile(ws.root), 'utf8')).trim()).toBe(secret);
    for (const values of [ana, ben, again]) expect(JSON.stringify(values)).not.toContain(secret);
  });

  it('imports as exported, and the audit trail names the export it came from', async () => {
    const mine = await workspaceWithLot();
    const [file] = await mine.call('evaluation.exportWorkbooks', { tenderId: mine.tender.id, lotId: mine.lot.id, evaluatorIds: ['ev-bw'] });
    const bytes = Buffer.from(file!.base64, 'base64');
    const issued = JSON.parse((await metadataOf(bytes)).signedIdentity!) as unknown[];
    const [nonce, exportedAt] = [issued[6], issued[7]] as [string, string];
    expect(nonce).toMatch(/^[0-9a-f]{32}$/);
    const outcome = await importInto(mine, 'bw.xlsx', await fillWorkbook(bytes, mine.lot, 'ev-bw'));
    expect(outcome.files[0]).toMatchObject({ status: 'imported', evaluatorName: 'Ben Weiss' });
    const { records } = await mine.call('evaluation.records', { tenderId: mine.tender.id, lotId: mine.lot.id });
    expect(records.imports[0]).toMatchObject({ evaluatorId: 'ev-bw', exportNonce: nonce, exportedAt });
    const audit = records.audit.at(-1)!;
    expect(audit).toMatchObject({ action: 'import', evaluatorId: 'ev-bw', exportNonce: nonce, exportedAt });
    // In words, as people read dates, not as an ISO stamp.
    expect(audit.summary).toContain(`on ${readableDateTime(exportedAt)}, export ${nonce}`);
    expect(audit.summary).not.toContain(exportedAt);
  });
});

describe('records made before workbooks were signed', () => {
  it('still validate, while a malformed export id does not', () => {
    const before = {
      id: 'imp-1',
      evaluatorId: 'ev-ao',
      fileName: 'ao.xlsx',
      importedAt: '2026-11-02T10:00:00.000Z',
      importedBy: 'Lena Lead',
      workbookSha256: 'a'.repeat(64),
      tenderRevision: 3,
      setupChecksum: 'b'.repeat(64),
      scores: [],
      verdicts: [],
    };
    expect(EvaluatorImportSchema.safeParse(before).success).toBe(true);
    expect(
      EvaluatorImportSchema.safeParse({ ...before, exportNonce: 'c'.repeat(32), exportedAt: '2026-11-01T09:00:00.000Z' }).success,
    ).toBe(true);
    expect(EvaluatorImportSchema.safeParse({ ...before, exportNonce: 'not-a-nonce' }).success).toBe(false);
    const audit = { id: 'aud-1', at: '2026-11-02T10:00:00.000Z', by: 'Lena Lead', action: 'import', summary: 'Imported.' };
    expect(AuditEntrySchema.safeParse(audit).success).toBe(true);
    expect(AuditEntrySchema.safeParse({ ...audit, exportNonce: 'c'.repeat(32), exportedAt: '2026-11-01T09:00:00.000Z' }).success).toBe(
      true,
    );
  });
});

describe('an edited identity is refused, naming whom the workbook was issued to', () => {
  it('the evaluator id changed to a colleague’s', async () => {
    expect(await refused('credited-to-ben.xlsx', await editedAna({ evaluatorId: 'ev-bw', evaluatorName: 'Ben Weiss' }))).toEqual([
      changedAfterExport('evaluator'),
    ]);
  });

  it('the tender revision changed', async () => {
    expect(await refused('revision.xlsx', await editedAna({ tenderRevision: ws.tender.revision + 1 }))).toEqual([
      changedAfterExport('tender revision'),
    ]);
    expect(await refused('revision-0.xlsx', await editedAna({ tenderRevision: 0 }))).toEqual([changedAfterExport('tender revision')]);
  });

  it('the lot changed', async () => {
    expect(await refused('lot.xlsx', await editedAna({ lotId: ws.tender.lots[1]!.id, lotTitle: 'Repair' }))).toEqual([
      changedAfterExport('lot'),
    ]);
  });

  it('the tender id changed', async () => {
    expect(await refused('tender.xlsx', await editedAna({ tenderId: 'ten-forged' }))).toEqual([changedAfterExport('tender')]);
  });

  it('several identity cells changed at once', async () => {
    expect(await refused('both.xlsx', await editedAna({ evaluatorId: 'ev-cl', tenderRevision: 1 }))).toEqual([
      changedAfterExport('evaluator and tender revision'),
    ]);
  });

  it('the signed values or the signature themselves edited', async () => {
    const ana = await metadataOf(blank['ev-ao']);
    const forgedIdentity = ana.signedIdentity!.replace('"ev-ao"', '"ev-bw"');
    expect(forgedIdentity).not.toBe(ana.signedIdentity);
    expect(await refused('forged.xlsx', await editedAna({ evaluatorId: 'ev-bw', signedIdentity: forgedIdentity }))).toEqual([
      SIGNATURE_BROKEN_MESSAGE,
    ]);
    expect(await refused('signature.xlsx', await editedAna({ signature: 'f'.repeat(64) }))).toEqual([SIGNATURE_BROKEN_MESSAGE]);
  });
});

describe('workbooks signed elsewhere, or not at all', () => {
  it('a workbook from another workspace, even with this tender’s identity copied in', async () => {
    const other = await workspaceWithLot();
    const [file] = await other.call('evaluation.exportWorkbooks', {
      tenderId: other.tender.id,
      lotId: other.lot.id,
      evaluatorIds: ['ev-ao'],
    });
    const mine = await metadataOf(blank['ev-ao']);
    const copied = await fillWorkbook(Buffer.from(file!.base64, 'base64'), other.lot, 'ev-ao', (wb) =>
      setMeta(wb, {
        tenderId: mine.tenderId!,
        tenderTitle: mine.tenderTitle!,
        tenderRevision: Number(mine.tenderRevision),
        setupChecksum: mine.setupChecksum!,
      }),
    );
    expect(await refused('other-workspace.xlsx', copied)).toEqual([OTHER_WORKSPACE_MESSAGE]);
  });

  it('a workbook exported before workbooks were signed', async () => {
    const legacy = await editedAna({ signingKeyId: null, signedIdentity: null, signature: null });
    expect(await refused('legacy.xlsx', legacy)).toEqual([UNSIGNED_MESSAGE]);
  });

  it('a workbook of another tender of the same workspace keeps its own message', async () => {
    const created = await ws.call('tenders.create', {
      title: 'Tablets for libraries',
      reference: 'IT-2027-02',
      buyer: 'City of Example',
      lots: ['Tablets'],
    });
    const second = await ws.call('tenders.save', { id: created.id, content: { ...contentOf(created), lots: [fixtureLot()] } });
    const [file] = await ws.call('evaluation.exportWorkbooks', { tenderId: second.id, lotId: second.lots[0]!.id, evaluatorIds: ['ev-ao'] });
    const filled = await fillWorkbook(Buffer.from(file!.base64, 'base64'), second.lots[0]!, 'ev-ao');
    expect(await refused('tablets.xlsx', filled)).toEqual([
      'This workbook belongs to another tender (“Tablets for libraries”), not to “Laptops for schools”. Import it into that tender.',
    ]);
  });
});

describe('one key per workspace', () => {
  it('callers racing on a new workspace all get the same key', async () => {
    const root = await tempDir();
    const keys = await Promise.all(Array.from({ length: 8 }, () => workspaceSigningKey(root)));
    expect(new Set(keys.map((k) => k.keyId)).size).toBe(1);
    expect((await existingSigningKey(root))!.keyId).toBe(keys[0]!.keyId);
  });

  it('two handlers opened on one workspace at once export workbooks that import in either', async () => {
    const mine = await workspaceWithLot();
    const second = await createHandlers(mine.root);
    try {
      const exportVia = async (handlers: typeof second, evaluatorId: string) => {
        const result = await dispatch(handlers, 'evaluation.exportWorkbooks', {
          tenderId: mine.tender.id,
          lotId: mine.lot.id,
          evaluatorIds: [evaluatorId],
        });
        if (!result.ok) throw new Error(result.error.message);
        return Buffer.from((result.data as Output<'evaluation.exportWorkbooks'>)[0]!.base64, 'base64');
      };
      const [ana, ben] = await Promise.all([exportVia(mine.handlers, 'ev-ao'), exportVia(second, 'ev-bw')]);
      expect((await metadataOf(ana)).signingKeyId).toBe((await metadataOf(ben)).signingKeyId);
      const outcome = await mine.call('evaluation.importWorkbooks', {
        tenderId: mine.tender.id,
        lotId: mine.lot.id,
        files: [
          asUpload('ao.xlsx', await fillWorkbook(ana, mine.lot, 'ev-ao')),
          asUpload('bw.xlsx', await fillWorkbook(ben, mine.lot, 'ev-bw')),
        ],
        by: 'Lena Lead',
      });
      expect(outcome.files.map((f) => f.status)).toEqual(['imported', 'imported']);
    } finally {
      await closeHandlers(second);
    }
  });
});

describe('a damaged key', () => {
  it('stops exports with a message instead of replacing the key', async () => {
    const mine = await workspaceWithLot();
    await mine.call('evaluation.exportWorkbooks', { tenderId: mine.tender.id, lotId: mine.lot.id, evaluatorIds: ['ev-ao'] });
    await writeFile(signingKeyFile(mine.root), 'half a key');
    await expect(
      mine.call('evaluation.exportWorkbooks', { tenderId: mine.tender.id, lotId: mine.lot.id, evaluatorIds: ['ev-ao'] }),
    ).rejects.toThrow(
      /^The workspace’s workbook signing key \(.+\) is damaged, so evaluator workbooks can be neither signed nor checked\. Restore that file from a backup of the workspace folder\.$/,
    );
    expect(await readFile(signingKeyFile(mine.root), 'utf8')).toBe('half a key');
  });
});
