/**
 * Reading one filled response form back, as strictly as an evaluator workbook:
 *   size cap -> zip guard (what the file is, damage, zip bombs, hostile XML) -> macros, links and
 *   embedded objects -> exceljs load -> the hidden identity (our format, signed by this workspace,
 *   unchanged since it was signed, this tender, a round and a supplier of it, the round's questions)
 *   -> the sheets -> every question row as exported -> every answer, evidence list and
 *   self-assessment.
 * Every problem names its sheet and cell; a file with any problem yields no answers at all.
 */
import ExcelJS from 'exceljs';
import type { ReadAnswer, ResponseFormReading } from '@shared/api/methods/engagement';
import type { WorkbookProblem } from '@shared/api/methods/evaluation';
import { MAX_WORKBOOK_BYTES, workbookTooLargeMessage } from '@shared/model/evaluation';
import type { MaturityLevel } from '@shared/model/questions';
import type { Tender } from '@shared/model/tender';
import { findRound } from '@shared/rules/engagementRounds';
import { proposeMaturity } from '@shared/rules/maturityProposal';
import { describe, quote, readCell, textOf } from '../evaluation/cellReading';
import type { WorkbookSigningKey } from '../evaluation/signingKey';
import { addr } from '../evaluation/workbookFormat';
import { verifySignedValues } from '../evaluation/workbookSignature';
import { riskyContentMessage } from '../evaluation/workbookPrecheck';
import { inspectWorkbookZip } from '../evaluation/zipGuard';
import { unzipSync } from 'fflate';
import {
  FORM_COLUMNS,
  FORM_LIMITS,
  FORM_META_KEYS,
  FORM_ROWS,
  FORM_SHEETS,
  FORM_SHEET_ORDER,
  RESPONSE_FORM_FORMAT,
  RESPONSE_FORM_FORMAT_VERSION,
  RESPONSE_FORM_SCHEME,
  SIGNED_FORM_KEYS,
  evidenceItems,
  type FormMetaKey,
} from './responseFormLayout';
import { currentLanguage, t } from '@shared/i18n';

/** A count in the user's language, with its thousands separator. */
const userNumber = (n: number) => n.toLocaleString(currentLanguage() === 'en' ? 'en-GB' : currentLanguage());

export interface FormReadContext {
  tender: Tender;
  signingKey?: WorkbookSigningKey;
  /** When the officer imports for one round (or one supplier), a form for another is refused. */
  roundId?: string;
  supplierId?: string;
  /** YYYY-MM-DD: the day the answers are dated. */
  today: string;
}

export type FormReading = Omit<ResponseFormReading, 'fileName' | 'summary'>;

/** The evaluator import's sentences, told of a supplier's response form instead. */
export function inSupplierWords(message: string): string {
  return message
    .replace(
      /copy their scores and reasons into a fresh copy of the workbook exported for them/g,
      'copy their answers into a fresh copy of the response form sent to them',
    )
    .replace(/the evaluator’s \.xlsx scoring workbook/g, 'the supplier’s .xlsx response form')
    .replace(/an evaluator workbook/g, 'a response form')
    .replace(/any evaluator workbook/g, 'any response form')
    .replace(/the evaluator/g, 'the supplier')
    .replace(/the workbook as Tenderwright exported it/g, 'the response form as it was sent')
    .replace(/the workbook Tenderwright exported/g, 'the response form as it was sent');
}

const SIGNATURE_MESSAGES = {
  unsigned: t('messages:cells.form.unsigned'),
  'other-workspace': t('messages:cells.form.otherWorkspace'),
  broken: t('messages:cells.form.signatureMismatch'),
} as const;

export async function readResponseForm(bytes: Uint8Array, context: FormReadContext): Promise<FormReading> {
  const { tender } = context;
  const problems: WorkbookProblem[] = [];
  const warnings: WorkbookProblem[] = [];
  const refuse = (message: string, known: Partial<FormReading> = {}): FormReading => ({
    status: 'rejected',
    ...known,
    problems: [{ message }],
    warnings,
    answers: [],
  });

  if (bytes.length > MAX_WORKBOOK_BYTES) return refuse(workbookTooLargeMessage(bytes.length));
  const zip = inspectWorkbookZip(bytes);
  if (!zip.ok) return refuse(inSupplierWords(zip.message));
  const contentTypes = unzipSync(bytes, { filter: (file) => file.name === '[Content_Types].xml' })['[Content_Types].xml'];
  const risky = riskyContentMessage(zip.names, contentTypes ? Buffer.from(contentTypes).toString('utf8') : '');
  if (risky) return refuse(inSupplierWords(risky));

  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return refuse(t('messages:cells.form.damaged', { detail: detail.slice(0, 200) }));
  }

  // ---- identity ----
  const meta = wb.getWorksheet(FORM_SHEETS.meta);
  if (!meta) {
    return refuse(
      'This workbook is not a supplier response form exported from this app (its hidden identity sheet is missing), so it cannot be matched to a supplier and round. Import the response form as it was sent to the supplier.',
    );
  }
  const info = new Map<string, string>();
  for (let row = 1; row <= FORM_META_KEYS.length + 5; row += 1) {
    const key = textOf(readCell(meta.getCell(row, 1)));
    if (key) info.set(key, textOf(readCell(meta.getCell(row, 2))));
  }
  const get = (key: FormMetaKey) => info.get(key) ?? '';
  if (get('format') !== RESPONSE_FORM_FORMAT) {
    return refuse(
      'This workbook’s hidden identity sheet is not that of a supplier response form, so it cannot be matched to a supplier and round.',
    );
  }
  const version = Number(get('formatVersion'));
  if (!Number.isInteger(version) || version < 1 || version > RESPONSE_FORM_FORMAT_VERSION) {
    return refuse(`This response form’s format version (${quote(get('formatVersion'))}) is not one this version of the app reads.`);
  }
  const signed = verifySignedValues(
    context.signingKey,
    { signingKeyId: get('signingKeyId'), signedIdentity: get('signedIdentity'), signature: get('signature') },
    RESPONSE_FORM_SCHEME,
    SIGNED_FORM_KEYS.length,
  );
  if (!signed.ok) return refuse(SIGNATURE_MESSAGES[signed.reason]);
  const issued = Object.fromEntries(SIGNED_FORM_KEYS.map((key, i) => [key, signed.values[i]!])) as Record<
    (typeof SIGNED_FORM_KEYS)[number],
    string
  >;
  const changed = SIGNED_FORM_KEYS.filter((key) => key !== 'exportNonce' && key !== 'exportedAt' && get(key) !== issued[key]);
  if (changed.length > 0) {
    const cells = changed.map((key) => `${FORM_SHEETS.meta}!B${FORM_META_KEYS.indexOf(key) + 1}`).join(', ');
    return refuse(
      `${FORM_SHEETS.meta}: this response form was changed after it was exported (${cells} no longer say what was signed): it was issued to ${quote(issued.supplierName)} for ${quote(issued.roundName)}. Import the form as it was sent, or export a new one.`,
    );
  }
  if (issued.tenderId !== tender.id) {
    const other = get('tenderTitle');
    return refuse(
      `This response form belongs to another tender${other ? ` (${quote(other)})` : ''}, not to ${quote(tender.title)}. Import it into that tender.`,
    );
  }
  const qa = tender.qa;
  const round = findRound(qa, issued.roundId);
  if (!round) return refuse(`This response form is for the round ${quote(issued.roundName)}, which is no longer in this tender.`);
  const known = { roundId: round.id };
  if (context.roundId && context.roundId !== round.id) {
    const wanted = findRound(qa, context.roundId);
    return refuse(
      `This is the response form for the round ${quote(round.name)}, not for ${quote(wanted?.name ?? context.roundId)}. Import it on that round.`,
      known,
    );
  }
  const supplier = qa.suppliers.find((s) => s.id === issued.supplierId);
  if (!supplier)
    return refuse(`This response form was sent to ${quote(issued.supplierName)}, who is no longer a supplier in this tender.`, known);
  if (!round.supplierIds.includes(supplier.id)) {
    return refuse(
      `This response form was sent to ${quote(issued.supplierName)}, who is no longer asked in the round ${quote(round.name)}.`,
      known,
    );
  }
  const withSupplier = { ...known, supplierId: supplier.id };
  if (context.supplierId && context.supplierId !== supplier.id) {
    const wanted = qa.suppliers.find((s) => s.id === context.supplierId);
    return refuse(
      `This is ${quote(issued.supplierName)}’s response form, not ${quote(wanted?.name ?? context.supplierId)}’s.`,
      withSupplier,
    );
  }
  const questionIds = issued.questionIds.split(',').filter(Boolean);
  if (questionIds.join(',') !== round.questionIds.join(',')) {
    return refuse(
      `This response form asks ${questionIds.length} question${questionIds.length === 1 ? '' : 's'} that no longer match the round ${quote(round.name)} (its questions were changed since the form was exported). Export a new form for ${quote(issued.supplierName)}.`,
      withSupplier,
    );
  }
  const selected = questionIds.map((id) => qa.questions.find((q) => q.questionId === id));
  if (selected.some((q) => !q)) return refuse(`A question of this response form is no longer selected in the tender.`, withSupplier);

  // ---- sheets ----
  for (const name of FORM_SHEET_ORDER) {
    if (!wb.getWorksheet(name)) problems.push({ message: t('messages:cells.form.sheetMissing', { sheet: quote(name) }) });
  }
  const sheet = wb.getWorksheet(FORM_SHEETS.questions);
  if (!sheet) return { status: 'rejected', ...withSupplier, problems, warnings, answers: [] };
  for (const ws of wb.worksheets) {
    if (!(FORM_SHEET_ORDER as readonly string[]).includes(ws.name))
      warnings.push({ message: t('messages:cells.form.sheetAdded', { sheet: quote(ws.name) }) });
    else if (!(ws as unknown as { sheetProtection?: { sheet?: boolean } | null }).sheetProtection?.sheet)
      warnings.push({ message: t('messages:cells.form.protectionRemoved', { sheet: quote(ws.name) }) });
  }
  const at = (column: number, row: number) => `${FORM_SHEETS.questions}!${addr(column, row)}`;

  // ---- question rows as exported ----
  selected.forEach((s, i) => {
    const row = FORM_ROWS.first + i;
    const found = textOf(readCell(sheet.getCell(row, FORM_COLUMNS.question)));
    if (found !== s!.question.question.trim()) {
      problems.push({
        cell: at(FORM_COLUMNS.question, row),
        message: t('messages:cells.form.questionMoved', {
          cell: at(FORM_COLUMNS.question, row),
          question: quote(s!.question.question.trim()),
          found: found ? quote(found) : t('messages:cells.emptyCell'),
        }),
      });
    }
  });
  if (problems.length) return { status: 'rejected', ...withSupplier, problems, warnings, answers: [] };

  // ---- answers ----
  const answers: ReadAnswer[] = [];
  selected.forEach((s, i) => {
    const row = FORM_ROWS.first + i;
    const label = t('messages:cells.form.questionNumber', { number: i + 1 });
    const answerCell = readCell(sheet.getCell(row, FORM_COLUMNS.answer));
    const text = answerCell.kind === 'text' ? answerCell.value.trim() : answerCell.kind === 'number' ? String(answerCell.value) : '';
    const answerAt = at(FORM_COLUMNS.answer, row);
    let rowOk = true;
    const problem = (cell: string, message: string) => {
      problems.push({ cell, message: t('messages:cells.form.atCell', { cell, message }) });
      rowOk = false;
    };
    if (answerCell.kind === 'empty') problem(answerAt, t('messages:cells.form.noAnswer', { label }));
    else if (answerCell.kind === 'formula' || answerCell.kind === 'other')
      problem(answerAt, t('messages:cells.form.notAnAnswer', { found: describe(answerCell), label }));
    else if (text.length > FORM_LIMITS.answer)
      problem(
        answerAt,
        t('messages:cells.form.answerTooLong', { label, length: userNumber(text.length), max: userNumber(FORM_LIMITS.answer) }),
      );

    const evidenceAt = at(FORM_COLUMNS.evidenceSent, row);
    const evidenceCell = readCell(sheet.getCell(row, FORM_COLUMNS.evidenceSent));
    let evidence: string[] = [];
    if (evidenceCell.kind === 'formula' || evidenceCell.kind === 'other')
      problem(evidenceAt, t('messages:cells.form.notEvidence', { found: describe(evidenceCell) }));
    else {
      evidence = evidenceItems(textOf(evidenceCell));
      const long = evidence.findIndex((item) => item.length > FORM_LIMITS.evidenceItem);
      if (evidence.length > FORM_LIMITS.evidenceItems)
        problem(evidenceAt, t('messages:cells.form.tooManyDocuments', { count: evidence.length, label, max: FORM_LIMITS.evidenceItems }));
      else if (long !== -1)
        problem(
          evidenceAt,
          t('messages:cells.form.documentTooLong', {
            number: long + 1,
            label,
            length: evidence[long]!.length,
            max: FORM_LIMITS.evidenceItem,
          }),
        );
    }

    const levelAt = at(FORM_COLUMNS.selfAssessment, row);
    const levelCell = readCell(sheet.getCell(row, FORM_COLUMNS.selfAssessment));
    let selfAssessed: MaturityLevel | undefined;
    if (levelCell.kind !== 'empty') {
      const raw = levelCell.kind === 'number' ? String(levelCell.value) : levelCell.kind === 'text' ? levelCell.value.trim() : '';
      if (/^[0-3]$/.test(raw)) selfAssessed = Number(raw) as MaturityLevel;
      else problem(levelAt, t('messages:cells.form.notSelfAssessment', { found: describe(levelCell), label }));
    }
    if (!rowOk) return;
    const proposal = proposeMaturity(selfAssessed, evidence.length);
    answers.push({
      questionId: s!.questionId,
      text,
      evidence,
      ...(selfAssessed !== undefined ? { selfAssessed } : {}),
      proposedLevel: proposal.level,
      proposalReason: proposal.reason,
    });
  });
  if (problems.length) return { status: 'rejected', ...withSupplier, problems, warnings, answers: [] };
  return { status: 'ready', ...withSupplier, answeredOn: context.today, problems, warnings, answers };
}
