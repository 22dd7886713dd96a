/**
 * Response forms end to end on a real workspace: export one per supplier of a round, fill them in
 * with exceljs as a supplier would, read them back, file the answers in the tender's Q&A, and
 * compare the stored entries, proposals and follow-ups with what the rules promise.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { TenderQaSchema } from '@shared/model/questions';
import { contentOf } from '@shared/model/tender';
import { confirmAnswerLevel, fileResponseAnswers, formAlreadyFiled, WEAK_ANSWER_FOLLOW_UP_DAYS } from '@shared/rules/responseFiling';
import { addDays } from '@shared/rules/qaFollowUps';
import { FORM_SHEETS } from '../../../../../electron/services/engagement/responseFormLayout';
import { fillForm, formWorkspace, GOOD_ROWS, QUESTION_IDS, upload } from './formHelpers';

describe('response forms', () => {
  it('exports one signed, protected form per supplier of the round, with the buyer’s instructions', async () => {
    const ws = await formWorkspace();
    const files = await ws.call('engagement.exportResponseForms', { tenderId: ws.tender.id, roundId: ws.roundId, format: 'xlsx' });
    expect(files.map((f) => f.fileName)).toEqual([
      'WW-2027-03 - Tender questionnaire - Acme Garments Ltd response form.xlsx',
      'WW-2027-03 - Tender questionnaire - Bolt Textiles response form.xlsx',
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(files[0]!.base64, 'base64') as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Instructions', 'Questions', 'Form identity']);
    expect(wb.getWorksheet(FORM_SHEETS.meta)!.state).toBe('veryHidden');
    const instructions = wb.getWorksheet('Instructions')!.getColumn(1).values.join('\n');
    expect(instructions).toContain('City of Example asks Acme Garments Ltd');
    expect(instructions).toContain('31 March 2027');
    expect(instructions).toContain('3 – Leading');
    expect(instructions).not.toMatch(/Tenderwright/);
    const questions = wb.getWorksheet('Questions')!;
    expect(questions.getCell('C4').value).toBeTruthy();
    expect(questions.getCell('H4').protection?.locked).toBe(false);
    expect(questions.getCell('C4').protection?.locked).not.toBe(false);
    expect(questions.getCell('J4').dataValidation?.formulae).toEqual(['"0,1,2,3"']);
    expect(String(questions.getCell('G4').value)).toMatch(/^0 Not in place: /);
    for (const sheet of wb.worksheets)
      expect((sheet as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet).toBe(true);
    const meta = wb.getWorksheet(FORM_SHEETS.meta)!;
    const keys = new Map<string, string>();
    meta.eachRow((row) => keys.set(String(row.getCell(1).value), String(row.getCell(2).value ?? '')));
    expect(keys.get('supplierId')).toBe('sup-acme');
    expect(keys.get('questionIds')).toBe(QUESTION_IDS.join(','));
    expect(keys.get('signature')).toMatch(/^[0-9a-f]{64}$/);
    expect(keys.get('exportNonce')).toMatch(/^[0-9a-f]{32}$/);

    const one = await ws.call('engagement.exportResponseForms', {
      tenderId: ws.tender.id,
      roundId: ws.roundId,
      supplierIds: ['sup-bolt'],
      format: 'docx',
    });
    expect(one.map((f) => f.fileName)).toEqual(['WW-2027-03 - Tender questionnaire - Bolt Textiles questionnaire.docx']);
    await expect(
      ws.call('engagement.exportResponseForms', {
        tenderId: ws.tender.id,
        roundId: ws.secondRoundId,
        supplierIds: ['sup-ghost'],
        format: 'xlsx',
      }),
    ).rejects.toThrow('Supplier "sup-ghost" is not asked in the round “First contract review”.');
    await expect(
      ws.call('engagement.exportResponseForms', { tenderId: ws.tender.id, roundId: 'rnd-none', format: 'xlsx' }),
    ).rejects.toThrow('No engagement round "rnd-none"');
  });

  it('reads filled forms, proposes levels from self-assessment and evidence, and files them with follow-ups for weak answers', async () => {
    const ws = await formWorkspace();
    const files = await ws.call('engagement.exportResponseForms', { tenderId: ws.tender.id, roundId: ws.roundId, format: 'xlsx' });
    const filled = await fillForm(files[0]!.base64, GOOD_ROWS);
    const [reading] = await ws.call('engagement.readResponseForms', { tenderId: ws.tender.id, files: [upload('acme.xlsx', filled)] });
    expect(reading!.problems).toEqual([]);
    expect(reading!.status).toBe('ready');
    expect(reading!.supplierId).toBe('sup-acme');
    expect(reading!.roundId).toBe('rnd-tender');
    expect(reading!.answers.map((a) => [a.questionId, a.selfAssessed, a.evidence.length, a.proposedLevel])).toEqual([
      ['fl-overtime', 3, 2, 3],
      ['fl-indicators', 1, 1, 1],
      ['fl-freedom-to-leave', 3, 0, 1],
    ]);
    expect(reading!.answers[2]!.proposalReason).toContain('sent no evidence');
    expect(reading!.answers[0]!.evidence).toEqual(['Overtime policy 2026', 'Payroll audit Q4']);

    const qa = ws.tender.qa;
    expect(formAlreadyFiled(qa, 'sup-acme', 'rnd-tender')).toBe(false);
    const filing = fileResponseAnswers(qa, {
      supplierId: 'sup-acme',
      roundId: 'rnd-tender',
      answeredOn: reading!.answeredOn!,
      answers: reading!.answers,
      recordedAt: '2027-03-20T10:00:00.000Z',
    });
    if (!filing.ok) throw new Error(filing.message);
    expect(filing.value.entries).toBe(3);
    expect(filing.value.followUps).toBe(2);
    const stored = TenderQaSchema.parse(filing.value.qa);
    expect(formAlreadyFiled(stored, 'sup-acme', 'rnd-tender')).toBe(true);
    const thread = (id: string) => stored.threads.find((t) => t.supplierId === 'sup-acme' && t.questionId === id)!;
    const strong = thread('fl-overtime');
    expect(strong.entries).toHaveLength(1);
    expect(strong.entries[0]).toMatchObject({
      level: 3,
      selfAssessed: 3,
      roundId: 'rnd-tender',
      source: 'response-form',
      awaitsConfirmation: true,
    });
    expect(strong.followUps).toEqual([]);
    const weak = thread('fl-freedom-to-leave');
    expect(weak.entries[0]).toMatchObject({ level: 1, selfAssessed: 3, evidence: [] });
    expect(weak.followUps).toHaveLength(1);
    expect(weak.followUps[0]).toMatchObject({
      status: 'open',
      fromEntryId: weak.entries[0]!.id,
      due: addDays(reading!.answeredOn!, WEAK_ANSWER_FOLLOW_UP_DAYS),
    });

    // The officer confirms (here: changes) the level; the entry says who, and is no longer a proposal.
    const confirmed = confirmAnswerLevel(
      stored,
      { supplierId: 'sup-acme', questionId: 'fl-freedom-to-leave', entryId: weak.entries[0]!.id },
      2,
      'Dana Officer',
    );
    if (!confirmed.ok) throw new Error(confirmed.message);
    const entry = confirmed.value.threads.find((t) => t.questionId === 'fl-freedom-to-leave')!.entries[0]!;
    expect(entry.level).toBe(2);
    expect(entry.assessedBy).toBe('Dana Officer');
    expect(entry.awaitsConfirmation).toBeUndefined();

    // A later round's answer lands beside the first one, in the same thread.
    const review = await ws.call('tenders.save', {
      id: ws.tender.id,
      content: { ...contentOf(ws.tender), qa: confirmed.value },
      baseRevision: ws.tender.revision,
    });
    const [reviewForm] = await ws.call('engagement.exportResponseForms', {
      tenderId: review.id,
      roundId: ws.secondRoundId,
      supplierIds: ['sup-acme'],
      format: 'xlsx',
    });
    const reviewFilled = await fillForm(reviewForm!.base64, [
      { answer: 'Overtime now tracked weekly by the union rep.', evidence: 'a\nb', level: 3 },
    ]);
    const [second] = await ws.call('engagement.readResponseForms', { tenderId: review.id, files: [upload('review.xlsx', reviewFilled)] });
    expect(second!.status).toBe('ready');
    const refiled = fileResponseAnswers(review.qa, {
      supplierId: 'sup-acme',
      roundId: ws.secondRoundId,
      answeredOn: '2027-09-10',
      answers: second!.answers,
      recordedAt: '2027-09-10T10:00:00.000Z',
    });
    if (!refiled.ok) throw new Error(refiled.message);
    expect(
      refiled.value.qa.threads.find((t) => t.supplierId === 'sup-acme' && t.questionId === 'fl-overtime')!.entries.map((e) => e.roundId),
    ).toEqual(['rnd-tender', 'rnd-review']);
  });
});
