/**
 * LibreOffice opens a response-form workbook and the Word questionnaire (one soffice run for both),
 * and the PDF text holds the questions, the supplier's name and the buyer, never the app's name.
 */
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertToPdf, pdfText } from '../export/office';
import { formWorkspace } from './formHelpers';

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'tw-forms-office-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('response forms in LibreOffice', () => {
  it('converts the workbook and the questionnaire to PDFs that hold the questions and the supplier', { timeout: 180_000 }, async () => {
    const ws = await formWorkspace();
    const [xlsx] = await ws.call('engagement.exportResponseForms', {
      tenderId: ws.tender.id,
      roundId: ws.roundId,
      supplierIds: ['sup-acme'],
      format: 'xlsx',
    });
    const [docx] = await ws.call('engagement.exportResponseForms', {
      tenderId: ws.tender.id,
      roundId: ws.roundId,
      supplierIds: ['sup-acme'],
      format: 'docx',
    });
    const input = join(scratch, 'in');
    const output = join(scratch, 'out');
    await Promise.all([mkdir(input), mkdir(output)]);
    const files = [join(input, 'form.xlsx'), join(input, 'questionnaire.docx')];
    await writeFile(files[0]!, Buffer.from(xlsx!.base64, 'base64'));
    await writeFile(files[1]!, Buffer.from(docx!.base64, 'base64'));
    await convertToPdf(files, output);
    const questions = ws.tender.qa.questions.map((q) => q.question.question);
    for (const name of ['form.pdf', 'questionnaire.pdf']) {
      const pdf = join(output, name);
      expect((await stat(pdf)).size, `${name} was written`).toBeGreaterThan(0);
      const text = await pdfText(pdf);
      expect(text).toContain('Acme Garments Ltd');
      expect(text).toContain('City of Example');
      expect(text).not.toMatch(/Tenderwright/);
      // The first words of each question survive wrapping in table cells.
      for (const q of questions) expect(text).toContain(q.split(' ').slice(0, 4).join(' '));
    }
    expect(await pdfText(join(output, 'questionnaire.pdf'))).toContain('answers typed into this document are not taken in');
  });
});
