/**
 * The review-meeting report and the letter of concern, through the real handlers on a real workspace
 * (tender, supplier register and disclosures on disk), read back with mammoth and, both in one
 * LibreOffice run, as PDF text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { closeHandlers, createHandlers } from '../../../../../electron/services/handlers';
import { WorkspaceStore } from '../../../../../electron/services/workspace/store';
import type { Handlers } from '@shared/api/contract';
import { FileNameSchema, type ExportedFile } from '@shared/api/methods/files';
import { createInstance } from '@shared/clauses/instances';
import type { ClauseInstance, ParameterValues } from '@shared/model/clauses';
import type { Question, TenderQa } from '@shared/model/questions';
import type { TenderContent } from '@shared/model/tender';
import { loadBuiltinClauses, readJson } from '../../../shared/clauses/helpers';
import { convertToPdf, pdfText, squash } from '../export/office';

const TODAY = '2027-04-01';
const REGISTERED = 'Acme Electronics Manufacturing Ltd';
const library = loadBuiltinClauses();
const questions = (readJson('resources/library/questions.json') as { questions: Question[] }).questions;
const question = (id: string) => questions.find((q) => q.id === id) as Question;

function clause(templateId: string, values: ParameterValues, order: number): ClauseInstance {
  const entry = library.find((c) => c.id === templateId);
  if (!entry) throw new Error(`no builtin clause ${templateId}`);
  return createInstance(entry.versions[entry.versions.length - 1]!, { order, origin: 'builtin', values, id: `cl-${templateId}` });
}

function qa(): TenderQa {
  const q1 = question('tr-tier1');
  const q2 = question('gr-mechanism');
  const entry = (id: string, roundId: string, date: string, level: 0 | 1 | 2 | 3, extra: object = {}) => ({
    id,
    roundId,
    date,
    level,
    text: `Answer ${id}: we keep a list of our assembly sites.`,
    evidence: [`Evidence for ${id}`],
    ...extra,
  });
  return {
    questions: [
      { questionId: q1.id, order: 0, question: q1 },
      { questionId: q2.id, order: 1, question: q2 },
    ],
    suppliers: [
      { id: 'qs-acme', name: 'Acme (old name)', role: 'contracted', registerId: 'sup-acme', awardedOn: '2027-01-01' },
      { id: 'qs-other', name: 'Other Supplies plc', role: 'contracted' },
    ],
    rounds: [
      {
        id: 'rd-tender',
        name: 'Tender questionnaire',
        kind: 'tender',
        opensOn: '2026-10-01',
        questionIds: [q1.id, q2.id],
        supplierIds: ['qs-acme'],
      },
      {
        id: 'rd-review',
        name: 'First contract review',
        kind: 'review',
        opensOn: '2027-03-01',
        questionIds: [q1.id, q2.id],
        supplierIds: ['qs-acme'],
      },
    ],
    threads: [
      {
        supplierId: 'qs-acme',
        questionId: q1.id,
        entries: [entry('a1', 'rd-tender', '2026-10-20', 1), entry('a2', 'rd-review', '2027-03-10', 2)],
        followUps: [{ id: 'fu-done', text: 'Closed request that must not appear', due: '2027-02-01', status: 'done' }],
      },
      {
        supplierId: 'qs-acme',
        questionId: q2.id,
        entries: [
          entry('b1', 'rd-tender', '2026-10-20', 2),
          entry('b2', 'rd-review', '2027-03-10', 1, { source: 'response-form', selfAssessed: 3, awaitsConfirmation: true }),
        ],
        followUps: [
          { id: 'fu-late', text: 'Send the grievance log of the last twelve months', due: '2027-03-20', status: 'open', fromEntryId: 'b2' },
          { id: 'fu-soon', text: 'Name the person who handles complaints', due: '2027-05-01', status: 'open' },
        ],
      },
      {
        supplierId: 'qs-other',
        questionId: q1.id,
        entries: [],
        followUps: [{ id: 'fu-other', text: 'Follow-up of another supplier', due: '2027-03-01', status: 'open' }],
      },
    ],
  };
}

function content(withLetterClause: boolean): TenderContent {
  return {
    title: 'Laptops framework',
    reference: 'NV-2026-031',
    buyer: 'City of Northvale',
    description: '',
    lots: [{ id: 'lot-1', title: 'Laptops', criteria: [], requirements: [] }],
    clauses: [
      clause('tier1-factory-disclosure', { days_to_disclose: 30 }, 0),
      clause('remedy-corrective-action', {}, 1),
      ...(withLetterClause ? [clause('escalation-letter-of-concern', { reply_days: 21 }, 2)] : []),
    ],
    qa: qa(),
  } as unknown as TenderContent;
}

let root: string;
let out: string;
let handlers: Handlers;
let tenderId: string;
let plainTenderId: string;
let reportFile: ExportedFile;
let letterFile: ExportedFile;
let report: string;
let letter: string;
let pdfs: Map<string, string>;

const bytes = (file: ExportedFile) => Buffer.from(file.base64, 'base64');
const textOf = async (file: ExportedFile) => squash((await mammoth.extractRawText({ buffer: bytes(file) })).value);

async function seed(withLetterClause: boolean): Promise<string> {
  const created = await handlers['tenders.create']({ title: 'Seed', reference: '', buyer: '', lots: ['Laptops'] });
  const base = (await handlers['tenders.get']({ id: created.id })) as unknown as TenderContent & { lots: { id: string }[] };
  const seeded = content(withLetterClause);
  seeded.lots = base.lots as TenderContent['lots'];
  await handlers['tenders.save']({ id: created.id, content: seeded });
  return created.id;
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'tw-engagement-ws-'));
  out = await mkdtemp(join(tmpdir(), 'tw-engagement-out-'));
  handlers = await createHandlers(root);
  tenderId = await seed(true);
  plainTenderId = await seed(false);
  // A colleague's copy of the app writes the register; the export reads it from disk.
  const colleague = await WorkspaceStore.open(root, { mode: 'browser' });
  await colleague.engagement.updateSupplierRegister((r) => ({
    ...r,
    suppliers: [
      {
        id: 'sup-acme',
        name: REGISTERED,
        identifiers: [],
        country: 'VN',
        contacts: [{ name: 'Linh Tran', role: 'Compliance manager', email: 'linh@example.com' }],
      },
    ],
  }));
  await colleague.close();
  reportFile = await handlers['engagement.exportReport']({ tenderId, supplierId: 'qs-acme', exportDate: TODAY });
  letterFile = await handlers['engagement.exportLetter']({ tenderId, supplierId: 'qs-acme', exportDate: TODAY });
  report = await textOf(reportFile);
  letter = await textOf(letterFile);
  const paths = [join(out, 'report.docx'), join(out, 'letter.docx')];
  await writeFile(paths[0]!, bytes(reportFile));
  await writeFile(paths[1]!, bytes(letterFile));
  pdfs = await convertToPdf(paths, out);
}, 240_000);

afterAll(async () => {
  await closeHandlers(handlers);
  await rm(root, { recursive: true, force: true });
  await rm(out, { recursive: true, force: true });
});

describe('the review-meeting report', () => {
  it('is a Word file named after the tender and the registered supplier', () => {
    expect(reportFile.mimeType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(reportFile.fileName).toBe(`NV-2026-031 Laptops framework - Review report ${REGISTERED} ${TODAY}.docx`);
    expect(FileNameSchema.safeParse(reportFile.fileName).success).toBe(true);
  });

  it('has its sections and names the supplier by its registered name', () => {
    for (const heading of ['Summary', 'Maturity progression', 'Open follow-ups', 'Factory disclosure', 'Answers by question'])
      expect(report).toContain(heading);
    expect(report).toContain(REGISTERED);
    expect(report).not.toContain('Acme (old name)');
  });

  it('shows the levels per round, the proposed one marked, and the progression summary', async () => {
    const html = (await mammoth.convertToHtml({ buffer: bytes(reportFile) })).value;
    const rows = [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => squash(m[1]!.replace(/<[^>]+>/g, ' ')));
    expect(rows[0]).toBe('Question Tender questionnaire (2026-10-01) First contract review (2027-03-01) Change');
    expect(rows[1]).toBe(`${question('tr-tier1').question} 1 2 Improved`);
    expect(rows[2]).toBe(`${question('gr-mechanism').question} 2 1 (proposed) Regressed`);
    expect(report).toContain('Maturity since the previous answer: 1 improved, 0 unchanged, 1 regressed.');
    expect(report).toContain("Level: 1 Starting, proposed, not yet confirmed; the supplier's own assessment: 3 Leading");
    expect(report).toContain('Level: 2 Established, confirmed');
    expect(report).toContain('Evidence: Evidence for a2');
  });

  it('lists only this supplier’s open follow-ups, the overdue one marked', () => {
    expect(report).toContain('Send the grievance log of the last twelve months');
    expect(report).toContain('Overdue by 12 days');
    expect(report).toContain('Name the person who handles complaints');
    expect(report).toContain('Due in 30 days');
    expect(report).not.toContain('Closed request that must not appear');
    expect(report).not.toContain('Follow-up of another supplier');
    expect(report).toContain('2 open follow-ups, 1 overdue.');
  });

  it('shows the overdue disclosure obligation from the clause parameters', () => {
    expect(report).toContain('No factory list has been received yet.');
    expect(report).toContain('Tier 1 sites within 30 days of award');
    expect(report).toContain('Overdue');
    expect(report).toContain('1 disclosure obligation, 1 overdue.');
  });
});

describe('the letter of concern', () => {
  it('is addressed from the buyer to the registered supplier and its contact', () => {
    expect(letterFile.fileName).toBe(`NV-2026-031 Laptops framework - Letter of concern ${REGISTERED} ${TODAY}.docx`);
    expect(letter.startsWith('City of Northvale')).toBe(true);
    expect(letter).toContain(`Linh Tran Compliance manager ${REGISTERED}`);
    expect(letter).toContain('Vietnam');
    expect(letter).toContain('1 April 2027');
    expect(letter).toContain('Our reference: NV-2026-031, letter of concern');
    expect(letter).toContain('Dear Linh Tran,');
  });

  it('raises the overdue disclosure and the open follow-ups, citing the clauses they rest on', () => {
    expect(letter).toContain('Our concerns');
    expect(letter).toContain('Factory disclosure: Tier 1 sites within 30 days of award');
    expect(letter).toContain('were due by 31 January 2027 and have not been received');
    expect(letter).toContain('Send the grievance log of the last twelve months');
    expect(letter).toContain('(1) Send the grievance log of the last twelve months. It was due on 20 March 2027 and is 12 days overdue.');
    expect(letter).toContain('Name the person who handles complaints');
    expect(letter).toContain('Contract basis: Clause 1 “Disclosure of production sites (Tier 1)”');
    expect(letter).toContain('Contract basis: Clause 2 “Remedy and corrective action”');
    expect(letter).not.toContain('Follow-up of another supplier');
    expect(letter).not.toContain('Closed request');
    expect(letter).toContain('2 issues remain unresolved');
    // The two follow-ups on one question make one concern, the overdue one first.
    expect(letter).toContain('(2) Name the person who handles complaints. It is due on 1 May 2027.');
  });

  it('asks for a reply within the letter-of-concern clause’s days, in the buyer’s voice only', () => {
    expect(letter).toContain(
      'Please reply in writing by 22 April 2027, within 21 days of this letter, as Clause 3 “Letter of concern” of the contract provides.',
    );
    expect(letter).toMatch(/Yours sincerely, \[Name\] \[Role\] City of Northvale$/);
    expect(letter.toLowerCase()).not.toContain('tenderwright');
    expect(report.toLowerCase()).not.toContain('tenderwright');
  });

  it('falls back to 14 days without a letter-of-concern clause, and refuses when there is nothing to raise', async () => {
    const plain = await textOf(
      await handlers['engagement.exportLetter']({ tenderId: plainTenderId, supplierId: 'qs-acme', exportDate: TODAY }),
    );
    expect(plain).toContain('Please reply in writing by 15 April 2027, within 14 days of this letter. ');
    await handlers['tenders.save']({
      id: plainTenderId,
      content: { ...content(false), qa: { ...qa(), threads: [] }, clauses: [] },
    });
    await expect(
      handlers['engagement.exportLetter']({ tenderId: plainTenderId, supplierId: 'qs-acme', exportDate: TODAY }),
    ).rejects.toThrow(/nothing to raise with Acme Electronics Manufacturing Ltd/);
    await expect(
      handlers['engagement.exportReport']({ tenderId: plainTenderId, supplierId: 'qs-gone', exportDate: TODAY }),
    ).rejects.toThrow(/no longer in the tender/);
  });
});

describe('LibreOffice', () => {
  it('opens both documents, and the PDFs hold the supplier’s name and the concern', async () => {
    expect(pdfs.size).toBe(2);
    const [reportPdf, letterPdf] = [...pdfs.values()];
    const reportText = await pdfText(reportPdf!);
    const letterText = await pdfText(letterPdf!);
    expect(reportText).toContain(REGISTERED);
    expect(letterText).toContain(REGISTERED);
    expect(letterText).toContain('Send the grievance log of the last twelve months');
    expect((await readFile(letterPdf!)).length).toBeGreaterThan(1000);
  });
});
