/**
 * Every bad response form gets a message naming what is wrong (the sheet and cell where there is
 * one), and yields no answers at all.
 */
import type ExcelJS from 'exceljs';
import { unzipSync, zipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ResponseFormReading } from '@shared/api/methods/engagement';
import { contentOf } from '@shared/model/tender';
import { removeRound, updateRound } from '@shared/rules/engagementRounds';
import { removeSupplier } from '@shared/rules/qaAnswers';
import { FORM_LIMITS, FORM_SHEETS } from '../../../../../electron/services/engagement/responseFormLayout';
import { fillForm, formWorkspace, GOOD_ROWS, QUESTION_IDS, upload, type FormWorkspace } from './formHelpers';

let ws: FormWorkspace;
let acmeForm: string;

beforeEach(async () => {
  ws = await formWorkspace();
  const files = await ws.call('engagement.exportResponseForms', { tenderId: ws.tender.id, roundId: ws.roundId, format: 'xlsx' });
  acmeForm = files[0]!.base64;
});

async function read(
  bytes: Uint8Array,
  extra: { roundId?: string; supplierId?: string } = {},
  tenderId = ws.tender.id,
): Promise<ResponseFormReading> {
  const [reading] = await ws.call('engagement.readResponseForms', { tenderId, files: [upload('form.xlsx', bytes)], ...extra });
  expect(reading!.status).toBe('rejected');
  expect(reading!.answers).toEqual([]);
  return reading!;
}
const first = (r: ResponseFormReading) => r.problems[0]!.message;

async function saveQa(
  change: (qa: FormWorkspace['tender']['qa']) => { ok: true; value: FormWorkspace['tender']['qa'] } | { ok: false; message: string },
) {
  const result = change(ws.tender.qa);
  if (!result.ok) throw new Error(result.message);
  ws.tender = await ws.call('tenders.save', {
    id: ws.tender.id,
    content: { ...contentOf(ws.tender), qa: result.value },
    baseRevision: ws.tender.revision,
  });
}

const meta = (wb: ExcelJS.Workbook, key: string) => {
  const sheet = wb.getWorksheet(FORM_SHEETS.meta)!;
  let found: ExcelJS.Cell | undefined;
  sheet.eachRow((row) => {
    if (row.getCell(1).value === key) found = row.getCell(2);
  });
  return found!;
};

describe('bad response forms', () => {
  it('a file that is not a workbook', async () => {
    expect(first(await read(Buffer.from('Supplier,Answer\nAcme,Yes\n')))).toMatch(/CSV text file, not an Excel workbook/);
  });

  it('a renamed Word document', async () => {
    const [docx] = await ws.call('engagement.exportResponseForms', {
      tenderId: ws.tender.id,
      roundId: ws.roundId,
      supplierIds: ['sup-acme'],
      format: 'docx',
    });
    expect(first(await read(Buffer.from(docx!.base64, 'base64')))).toMatch(
      /Word document \(\.docx\), not an Excel workbook.*the supplier’s \.xlsx response form/,
    );
  });

  it('a macro workbook', async () => {
    const parts = unzipSync(await fillForm(acmeForm, GOOD_ROWS));
    parts['xl/vbaProject.bin'] = new Uint8Array([1, 2, 3]);
    const message = first(await read(zipSync(parts)));
    expect(message).toMatch(/contains macros/);
    expect(message).toMatch(/Ask the supplier to copy their answers into a fresh copy of the response form sent to them/);
  });

  it('a zip bomb', async () => {
    const bomb = zipSync(
      { '[Content_Types].xml': new TextEncoder().encode('<x/>'), 'xl/workbook.xml': new Uint8Array(8 * 1024 * 1024) },
      { level: 9 },
    );
    expect(bomb.length).toBeLessThan(100_000);
    expect(first(await read(bomb))).toMatch(/zip bomb/);
  });

  it('a form of another tender', async () => {
    const other = await ws.call('tenders.create', {
      title: 'Cleaning services',
      reference: 'CL-1',
      buyer: 'City of Example',
      lots: ['Cleaning'],
    });
    const saved = await ws.call('tenders.save', { id: other.id, content: { ...contentOf(other), qa: ws.tender.qa } });
    expect(first(await read(await fillForm(acmeForm, GOOD_ROWS), {}, saved.id))).toMatch(
      /belongs to another tender \(“Workwear for the city”\)/,
    );
  });

  it('a round no longer in the tender', async () => {
    await saveQa((qa) => removeRound(qa, ws.roundId));
    expect(first(await read(await fillForm(acmeForm, GOOD_ROWS)))).toMatch(
      /round “Tender questionnaire”, which is no longer in this tender/,
    );
  });

  it('a supplier no longer in the tender', async () => {
    await saveQa((qa) => removeSupplier(qa, ws.suppliers.acme));
    expect(first(await read(await fillForm(acmeForm, GOOD_ROWS)))).toMatch(
      /sent to “Acme Garments Ltd”, who is no longer a supplier in this tender/,
    );
  });

  it('another round’s form', async () => {
    const reading = await read(await fillForm(acmeForm, GOOD_ROWS), { roundId: ws.secondRoundId });
    expect(first(reading)).toMatch(/response form for the round “Tender questionnaire”, not for “First contract review”/);
  });

  it('another supplier’s form', async () => {
    expect(first(await read(await fillForm(acmeForm, GOOD_ROWS), { supplierId: ws.suppliers.bolt }))).toMatch(
      /This is “Acme Garments Ltd”’s response form, not “Bolt Textiles”’s/,
    );
  });

  it('a changed hidden identity', async () => {
    const bytes = await fillForm(acmeForm, GOOD_ROWS, (wb) => {
      meta(wb, 'supplierId').value = ws.suppliers.bolt;
    });
    expect(first(await read(bytes))).toMatch(
      /^Form identity: this response form was changed after it was exported \(Form identity!B7 no longer say/,
    );
  });

  it('a broken signature', async () => {
    const bytes = await fillForm(acmeForm, GOOD_ROWS, (wb) => {
      const cell = meta(wb, 'signedIdentity');
      cell.value = String(cell.value).replace('sup-acme', 'sup-bolt');
    });
    expect(first(await read(bytes))).toMatch(/hidden signature no longer matches/);
  });

  it('questions that no longer match the round', async () => {
    await saveQa((qa) =>
      updateRound(qa, ws.roundId, {
        name: 'Tender questionnaire',
        kind: 'tender',
        opensOn: '2027-03-01',
        questionIds: [QUESTION_IDS[0], QUESTION_IDS[1]],
      }),
    );
    expect(first(await read(await fillForm(acmeForm, GOOD_ROWS)))).toMatch(/asks 3 questions that no longer match the round/);
  });

  it('question rows moved', async () => {
    const bytes = await fillForm(acmeForm, GOOD_ROWS, (wb) => {
      const sheet = wb.getWorksheet(FORM_SHEETS.questions)!;
      sheet.getCell('C5').value = 'Something else';
    });
    const reading = await read(bytes);
    expect(reading.problems[0]).toMatchObject({ cell: 'Questions!C5' });
    expect(first(reading)).toMatch(/^Questions!C5: expected the question/);
  });

  it('a required answer missing', async () => {
    const reading = await read(await fillForm(acmeForm, [GOOD_ROWS[0]!, { evidence: 'x', level: 1 }, GOOD_ROWS[2]!]));
    expect(reading.problems).toEqual([{ cell: 'Questions!H5', message: expect.stringMatching(/^Questions!H5: no answer to question 2/) }]);
  });

  it('an answer over the length cap', async () => {
    const reading = await read(
      await fillForm(acmeForm, [{ answer: 'x'.repeat(FORM_LIMITS.answer + 1), level: 1 }, GOOD_ROWS[1]!, GOOD_ROWS[2]!]),
    );
    expect(first(reading)).toMatch(/^Questions!H4: the answer to question 1 is 5,001 characters long; keep it under 5,000/);
  });

  it('too many evidence items', async () => {
    const evidence = Array.from({ length: FORM_LIMITS.evidenceItems + 1 }, (_, i) => `Doc ${i}`).join('\n');
    const reading = await read(await fillForm(acmeForm, [{ ...GOOD_ROWS[0]!, evidence }, GOOD_ROWS[1]!, GOOD_ROWS[2]!]));
    expect(first(reading)).toMatch(/^Questions!I4: 21 documents are listed for question 1; list at most 20/);
  });

  it('a self-assessment outside 0-3', async () => {
    const reading = await read(await fillForm(acmeForm, [GOOD_ROWS[0]!, GOOD_ROWS[1]!, { ...GOOD_ROWS[2]!, level: 5 }]));
    expect(reading.problems).toEqual([
      { cell: 'Questions!J6', message: expect.stringMatching(/^Questions!J6: 5 is not a self-assessment; choose 0, 1, 2 or 3/) },
    ]);
  });

  it('the same supplier’s form twice in one import', async () => {
    const bytes = await fillForm(acmeForm, GOOD_ROWS);
    const readings = await ws.call('engagement.readResponseForms', {
      tenderId: ws.tender.id,
      files: [upload('a.xlsx', bytes), upload('b.xlsx', bytes)],
    });
    expect(readings.map((r) => r.status)).toEqual(['ready', 'rejected']);
    expect(readings[1]!.problems[0]!.message).toMatch(/second form from the same supplier for the same round as “a\.xlsx”/);
  });
});
