/**
 * Every bad input an evaluation can meet: each gives a clear message naming the problem, and changes nothing.
 * Bad files are made here from a real exported workbook (or by hand), so they always match the
 * current format.
 */
import ExcelJS from 'exceljs';
import { Document, Packer, Paragraph } from 'docx';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { WorkbookImportResult } from '@shared/api/methods/evaluation';
import { parseInput } from '@shared/api/contract';
import { contentOf } from '@shared/model/tender';
import { SHEETS } from '../../../../../electron/services/evaluation/evaluatorWorkbook';
import { inspectWorkbookZip } from '../../../../../electron/services/evaluation/zipGuard';
import { asUpload, exportAll, fillWorkbook, makeZip, workspaceWithLot, type Workspace } from './helpers';
import { fixtureLot } from '../../../shared/evaluation/lotFixture';

let ws: Workspace;
let blank: Awaited<ReturnType<typeof exportAll>>;
let good: Buffer;

beforeAll(async () => {
  ws = await workspaceWithLot(fixtureLot(), 'file');
  blank = await exportAll(ws);
  good = await fillWorkbook(blank['ev-ao'], ws.lot, 'ev-ao');
});

const tenderFile = () => readFile(join(ws.root, 'tenders', `${ws.tender.id}.json`), 'utf8');

/** Imports one file and asserts it was refused and nothing on disk changed; returns its result. */
async function refused(fileName: string, bytes: Uint8Array, target: Workspace = ws): Promise<WorkbookImportResult> {
  const before = await readFile(join(target.root, 'tenders', `${target.tender.id}.json`), 'utf8');
  const outcome = await target.call('evaluation.importWorkbooks', {
    tenderId: target.tender.id,
    lotId: target.lot.id,
    files: [asUpload(fileName, bytes)],
    by: 'Lena Lead',
  });
  expect(outcome.changed).toBe(false);
  expect(outcome.files[0]!.status).toBe('rejected');
  expect(await readFile(join(target.root, 'tenders', `${target.tender.id}.json`), 'utf8')).toBe(before);
  return outcome.files[0]!;
}

const messages = (result: WorkbookImportResult) => result.problems.map((p) => p.message);

const tampered = (tamper: Parameters<typeof fillWorkbook>[3]) => fillWorkbook(blank['ev-ao'], ws.lot, 'ev-ao', tamper);
const scoring = (wb: ExcelJS.Workbook) => wb.getWorksheet(SHEETS.scoring)!;

describe('files that are not evaluator workbooks', () => {
  it('not a zip', async () => {
    expect(messages(await refused('notes.xlsx', Buffer.from('Scores: Acme 4, Borealis 2')))).toEqual([
      'This is not an Excel workbook: an .xlsx file is a zip archive, and this file is not one.',
    ]);
    expect(messages(await refused('old.xlsx', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])))[0]).toMatch(
      /^This is not an Excel workbook in the \.xlsx format: it is an older Office file/,
    );
    expect(messages(await refused('empty.xlsx', Buffer.alloc(0)))).toEqual(['The file is empty; it is not an Excel workbook.']);
  });

  it('a corrupt zip: cut short, or with damaged data', async () => {
    expect(messages(await refused('cut.xlsx', good.subarray(0, good.length - 200)))[0]).toMatch(
      /^The workbook is damaged and cannot be read \(the zip directory at the end of the file is missing; the file is probably cut short\)\./,
    );
    const flipped = Buffer.from(good);
    for (let i = 200; i < 260; i += 1) flipped[i] = flipped[i]! ^ 0xff;
    expect(messages(await refused('flipped.xlsx', flipped))[0]).toMatch(/^The workbook is damaged and cannot be read \(.+ in “.+”\)\./);
  });

  it('a Word document, renamed .xlsx or not: named by what it really is', async () => {
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('My scores')] }] }));
    const message =
      'This file is a Word document (.docx), not an Excel workbook (.xlsx). Import the evaluator’s .xlsx scoring workbook instead.';
    expect(messages(await refused('scores.xlsx', docx))).toEqual([message]);
    expect(messages(await refused('scores.docx', docx))).toEqual([message]);
  });

  it('an Excel workbook Tenderwright did not make', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Scores').getCell('A1').value = 4;
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    expect(messages(await refused('own.xlsx', bytes))[0]).toMatch(
      /^This workbook was not exported by Tenderwright, or its hidden information sheet was removed/,
    );
  });

  it('a 50 MB file is refused before it is read', async () => {
    const huge = Buffer.alloc(50 * 1024 * 1024, 0x41);
    expect(messages(await refused('huge.xlsx', huge))).toEqual([
      'The file is 50.0 MB; an evaluator workbook is far smaller (at most 10.0 MB are accepted), so it was not read. Choose the workbook exported by Tenderwright and filled in by the evaluator.',
    ]);
  });

  it('files that are too large together are refused by the API schema', () => {
    const big = 'A'.repeat(45 * 1024 * 1024);
    expect(() =>
      parseInput('evaluation.importWorkbooks', {
        tenderId: 't',
        lotId: 'l',
        by: 'Lena',
        files: [
          { fileName: 'a.xlsx', base64: big },
          { fileName: 'b.xlsx', base64: big },
        ],
      }),
    ).toThrow('The chosen files are too large together');
  });

  it('zip bombs: a huge declared expansion, or a directory that lies about sizes', async () => {
    const zeros = new Uint8Array(8 * 1024 * 1024);
    const bomb = makeZip([
      { name: '[Content_Types].xml', data: Buffer.from('<x/>') },
      { name: 'xl/workbook.xml', data: zeros },
    ]);
    expect(bomb.length).toBeLessThan(100_000);
    const bombMessage = messages(await refused('bomb.xlsx', bomb))[0]!;
    expect(bombMessage).toMatch(/^The file would expand to far more data than any evaluator workbook holds \(a “zip bomb”/);
    const liar = makeZip([{ name: 'xl/workbook.xml', data: new Uint8Array(900_000), declaredSize: 1000 }]);
    expect(inspectWorkbookZip(liar)).toMatchObject({ ok: false, kind: 'corrupt' });
    expect(messages(await refused('liar.xlsx', liar))[0]).toMatch(
      /data that cannot be decompressed or is larger than declared in “xl\/workbook\.xml”/,
    );
  });
});

describe('workbooks that do not belong here', () => {
  it('from another tender in another workspace', async () => {
    const other = await workspaceWithLot();
    const renamed = await other.call('tenders.rename', { id: other.tender.id, title: 'Tablets for libraries' });
    const [file] = await other.call('evaluation.exportWorkbooks', { tenderId: renamed.id, lotId: 'lot-1', evaluatorIds: ['ev-ao'] });
    const filled = await fillWorkbook(Buffer.from(file!.base64, 'base64'), other.lot, 'ev-ao');
    expect(messages(await refused('other.xlsx', filled))).toEqual([
      'This workbook was issued by another workspace (another Tenderwright data folder, not the one open now), so its scores cannot be checked here. Import it in the workspace that exported it, or export a new workbook from this one.',
    ]);
  });

  it('from an older revision whose setup has changed since', async () => {
    const mine = await workspaceWithLot();
    const exported = await exportAll(mine);
    const filled = await fillWorkbook(exported['ev-bw'], mine.lot, 'ev-bw');
    const content = contentOf(mine.tender);
    const lot = content.lots[0]!;
    const changed = await mine.call('tenders.save', {
      id: mine.tender.id,
      content: {
        ...content,
        lots: [
          {
            ...lot,
            evaluation: {
              ...lot.evaluation!,
              bidders: [...lot.evaluation!.bidders, { id: 'b-late', name: 'Delta', reference: 'BID-04', priceCents: 9_000_000 }],
            },
          },
          content.lots[1]!,
        ],
      },
    });
    const result = await refused('old-revision.xlsx', filled, { ...mine, tender: changed, lot: changed.lots[0]! });
    expect(result.evaluatorName).toBe('Ben Weiss');
    expect(messages(result)).toEqual([
      `This workbook was exported from revision ${mine.tender.revision} of the tender, which is now at revision ${changed.revision}, and this lot’s criteria, pass/fail requirements, bidders or price visibility have changed since. Its scores no longer fit: export a new workbook for Ben Weiss and have it filled in.`,
    ]);
  });

  it('for another lot, or an evaluator no longer on the panel', async () => {
    const mine = await workspaceWithLot();
    const exported = await exportAll(mine);
    const filled = await fillWorkbook(exported['ev-cl'], mine.lot, 'ev-cl');
    expect(messages(await refused('lot.xlsx', filled, { ...mine, lot: mine.tender.lots[1]! }))).toEqual([
      'This workbook is for the lot “Laptops”, not for “Repair”. Import it on that lot.',
    ]);
    const content = contentOf(mine.tender);
    const lot = content.lots[0]!;
    const saved = await mine.call('tenders.save', {
      id: mine.tender.id,
      content: {
        ...content,
        lots: [{ ...lot, evaluation: { ...lot.evaluation!, evaluators: lot.evaluation!.evaluators.slice(0, 2) } }, content.lots[1]!],
      },
    });
    expect(messages(await refused('gone.xlsx', filled, { ...mine, tender: saved, lot: saved.lots[0]! }))).toEqual([
      'This workbook was filled in by “Chen Li”, who is no longer on this lot’s panel. Add them back, or import the right evaluator’s workbook.',
    ]);
  });
});

describe('workbooks changed where they must not be', () => {
  it('a sheet renamed, a sheet deleted', async () => {
    const renamed = await tampered((wb) => {
      scoring(wb).name = 'Scores';
    });
    expect(messages(await refused('renamed.xlsx', renamed))).toEqual([
      'The sheet “Scoring” is missing; it seems to have been renamed to “Scores”. Rename it back to “Scoring”.',
    ]);
    const deleted = await tampered((wb) => wb.removeWorksheet(wb.getWorksheet(SHEETS.criteria)!.id));
    expect(messages(await refused('deleted.xlsx', deleted))).toEqual([
      'The sheet “Criteria” was deleted. Import the workbook as Tenderwright exported it, with its sheets unchanged.',
    ]);
  });

  it('protection removed and formulas overwritten: every changed formula is named', async () => {
    const bytes = await tampered((wb) => {
      const s = scoring(wb);
      (s as unknown as { unprotect(): void }).unprotect();
      s.getCell('G10').value = 99;
      s.getCell('I10').value = { formula: 'SUM(I7:I9)' };
    });
    const result = await refused('tampered.xlsx', bytes);
    expect(result.warnings.map((w) => w.message)).toEqual([
      'The protection of the sheet “Scoring” was removed; every formula and label was checked instead.',
    ]);
    expect(result.problems).toEqual([
      {
        cell: 'Scoring!G10',
        message:
          'Scoring!G10: the formula =SUMPRODUCT($F$7:$F$9,G$7:G$9) was overwritten with 99. Formulas must stay as exported; ask the evaluator to fill in a fresh copy of the workbook.',
      },
      {
        cell: 'Scoring!I10',
        message:
          'Scoring!I10: the formula was changed to =SUM(I7:I9); it must be =SUMPRODUCT($F$7:$F$9,I$7:I$9). Formulas must stay as exported.',
      },
    ]);
  });

  it('a row inserted (labels no longer where they were)', async () => {
    const bytes = await tampered((wb) => {
      scoring(wb).spliceRows(8, 0, ['X', 'Inserted row']);
    });
    const result = await refused('inserted.xlsx', bytes);
    expect(
      result.problems.some((p) =>
        p.message.startsWith('Scoring!A8: expected “2.2” but found “X”; rows or columns were inserted, deleted or moved.'),
      ),
    ).toBe(true);
  });
});

describe('scores and verdicts that are not acceptable', () => {
  it('text, decimals, out of range, missing score or reason, bad pass/fail: all reported with their cells', async () => {
    const bytes = await tampered((wb) => {
      const s = scoring(wb);
      s.getCell('G7').value = 'good'; // Acme, 2.1
      s.getCell('I7').value = 3.5; // Borealis, 2.1
      s.getCell('K8').value = 11; // Cobalt, 2.2 (0-10)
      s.getCell('G9').value = -1; // Acme, 3
      s.getCell('I9').value = null; // Borealis, 3: no score
      s.getCell('L9').value = ''; // Cobalt, 3: no reason
      s.getCell('K7').value = { formula: '2+3' };
      s.getCell('G14').value = 'Maybe'; // Acme, R1
      s.getCell('J14').value = null; // Borealis fails R1 without a reason
      s.getCell('K15').value = null; // Cobalt, R2: nothing chosen
    });
    const result = await refused('bad-values.xlsx', bytes);
    expect(result.problems).toEqual([
      {
        cell: 'Scoring!G7',
        message: 'Scoring!G7: “good” is not a score; enter a whole number from 0 to 5 for Acme Ltd on 2.1 “Delivery plan”.',
      },
      {
        cell: 'Scoring!I7',
        message: 'Scoring!I7: 3.5 is not a whole number; scores for Borealis on 2.1 “Delivery plan” are whole numbers from 0 to 5.',
      },
      {
        cell: 'Scoring!K7',
        message: 'Scoring!K7: a formula (=2+3) was entered instead of a score for Cobalt Co on 2.1 “Delivery plan”; type the score itself.',
      },
      { cell: 'Scoring!K8', message: 'Scoring!K8: 11 is above the scale maximum of 10.' },
      { cell: 'Scoring!G9', message: 'Scoring!G9: -1 is below the scale minimum of 0.' },
      { cell: 'Scoring!I9', message: 'Scoring!I9: no score for Borealis on 3 “Supply-chain transparency”.' },
      { cell: 'Scoring!L9', message: 'Scoring!L9: a reason is required for the score of Cobalt Co on 3 “Supply-chain transparency”.' },
      {
        cell: 'Scoring!G14',
        message: 'Scoring!G14: “Maybe” is not Pass or Fail (Acme Ltd on R1 “Discloses its final assembly factories”).',
      },
      { cell: 'Scoring!J14', message: 'Scoring!J14: a Fail needs a reason (Borealis on R1 “Discloses its final assembly factories”).' },
      { cell: 'Scoring!K15', message: 'Scoring!K15: no Pass or Fail for Cobalt Co on R2 “Accepts the disclosure clause”.' },
    ]);
  });

  it('a bad file imports nothing while a good file in the same selection is imported', async () => {
    const mine = await workspaceWithLot(fixtureLot());
    const exported = await exportAll(mine);
    const ok = await fillWorkbook(exported['ev-ao'], mine.lot, 'ev-ao');
    const bad = await fillWorkbook(exported['ev-bw'], mine.lot, 'ev-bw', (wb) => {
      scoring(wb).getCell('G7').value = 9;
    });
    const twin = await fillWorkbook(exported['ev-ao'], mine.lot, 'ev-ao');
    const outcome = await mine.call('evaluation.importWorkbooks', {
      tenderId: mine.tender.id,
      lotId: mine.lot.id,
      files: [asUpload('ao.xlsx', ok), asUpload('bw.xlsx', bad), asUpload('ao-copy.xlsx', twin)],
      by: 'Lena Lead',
    });
    expect(outcome.files.map((f) => [f.fileName, f.status])).toEqual([
      ['ao.xlsx', 'imported'],
      ['bw.xlsx', 'rejected'],
      ['ao-copy.xlsx', 'rejected'],
    ]);
    expect(outcome.files[1]!.problems).toEqual([{ cell: 'Scoring!G7', message: 'Scoring!G7: 9 is above the scale maximum of 5.' }]);
    expect(outcome.files[2]!.problems[0]!.message).toBe(
      'This selection holds two workbooks from Ana Ortiz (this one and “ao.xlsx”). Import only the one to keep.',
    );
    expect(outcome.records.imports.map((i) => i.evaluatorId)).toEqual(['ev-ao']);
    expect(
      JSON.parse(await readFile(join(mine.root, 'tenders', `${mine.tender.id}.json`), 'utf8')).lots[0].evaluation.imports,
    ).toHaveLength(1);
  });

  it('the API refuses a call without a name for the audit trail', async () => {
    await expect(
      ws.call('evaluation.importWorkbooks', { tenderId: ws.tender.id, lotId: ws.lot.id, files: [asUpload('a.xlsx', good)], by: '  ' }),
    ).rejects.toThrow('by: Say who you are: the name is kept in the audit trail');
    expect(await tenderFile()).toContain('"imports": []');
  });
});
