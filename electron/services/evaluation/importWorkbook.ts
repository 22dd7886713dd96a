/**
 * Reading one filled evaluator workbook back.
 *
 * Order of the checks, each stopping at the first level that fails:
 *   size cap -> zip guard (what the file is, damage, zip bombs, hostile part names, and XML that
 *   exceljs could not read in bounded time and memory, with caps sized from this lot's layout) ->
 *   pre-checks from the zip (macros, links to other files, embedded objects, tender and lot) ->
 *   exceljs load -> the hidden metadata (our format, this tender, this lot, an evaluator on the
 *   panel, the setup it was built for and the revision) -> the sheets (renamed, deleted) -> the
 *   structure (every formula and label compared with the layout Tenderwright generates, bidders'
 *   columns not swapped, no input cell merged; protection removed is a warning) -> every input.
 * Every problem names its sheet and cell ("Scoring!D7: 11 is above the scale maximum of 10"). A file
 * with any error yields no data at all. Cached formula results are never read: only the inputs are
 * taken, and the totals are recomputed with shared/rules.
 */
import ExcelJS from 'exceljs';
import type { WorkbookProblem } from '@shared/api/methods/evaluation';
import {
  MAX_WORKBOOK_BYTES,
  evaluationOf,
  workbookTooLargeMessage,
  type Evaluator,
  type ScoreEntry,
  type VerdictEntry,
} from '@shared/model/evaluation';
import { EVALUATION_LIMITS } from '@shared/model/evaluation';
import type { Lot, Tender } from '@shared/model/tender';
import type { QualityScaleMax } from '@shared/model/scoring';
import { setupChecksum } from '@shared/rules/evaluationChecksum';
import { DEFAULT_CONTENT_LIMITS, inspectWorkbookZip } from './zipGuard';
import type { ContentLimits } from './xmlGuard';
import {
  META_KEYS,
  SCORING_ROWS,
  SHEETS,
  scoringLayout,
  sheetOrderFor,
  sheetsFor,
  workbookVoice,
  type MetaKey,
  type ScoringLayout,
} from './evaluatorWorkbook';
import { verdictWords } from './scoringCells';
import { LEAD_SHEETS } from './leadWorkbook';
import { identityProblem, precheckWorkbook, signatureCheckOf } from './workbookPrecheck';
import type { WorkbookSigningKey } from './signingKey';
import { describe, normaliseFormula, quote, readCell, textOf } from './cellReading';
import { t } from '@shared/i18n';

export type { WorkbookProblem };

export type WorkbookReading =
  | {
      ok: true;
      evaluator: Evaluator;
      tenderRevision: number;
      setupChecksum: string;
      /** The export this workbook came from, as signed. */
      issuedExport: { nonce: string; exportedAt: string };
      scores: ScoreEntry[];
      verdicts: VerdictEntry[];
      warnings: WorkbookProblem[];
    }
  | { ok: false; evaluator?: Evaluator; problems: WorkbookProblem[]; warnings: WorkbookProblem[] };

export interface ReadContext {
  tender: Tender;
  lot: Lot;
  /** The workspace's key; without one, every workbook is refused as signed elsewhere. */
  signingKey?: WorkbookSigningKey;
}

/**
 * The content caps for this lot's workbook: ten times its cells, and never below the defaults, so
 * an evaluator's notes or a sheet they add still fit while a file built to exhaust memory does not.
 */
export function contentLimitsFor(lot: Lot, layout: ScoringLayout): ContentLimits {
  const criteriaRows = lot.criteria.length + lot.requirements.length + 4;
  const expectedCells = layout.lastRow * layout.lastColumn + criteriaRows * 8 + 40;
  const cells = Math.max(DEFAULT_CONTENT_LIMITS.cells, 10 * expectedCells);
  return { cells, elements: 10 * cells, expectedCells };
}

/** The bidder's column header as buildEvaluatorWorkbook writes it. */
function bidderHeaders(entry: ScoringLayout['bidders'][number]): string[] {
  const reference = entry.bidder.reference.trim();
  return reference ? [`${entry.label} (${reference})`, entry.label] : [entry.label];
}

export async function readEvaluatorWorkbook(bytes: Uint8Array, context: ReadContext): Promise<WorkbookReading> {
  const { tender, lot } = context;
  const problems: WorkbookProblem[] = [];
  const warnings: WorkbookProblem[] = [];
  const refuse = (message: string, evaluator?: Evaluator): WorkbookReading => ({
    ok: false,
    ...(evaluator ? { evaluator } : {}),
    problems: [{ message }],
    warnings,
  });

  if (bytes.length > MAX_WORKBOOK_BYTES) return refuse(workbookTooLargeMessage(bytes.length));
  // The layout's shape is the same in every language; its labels are the workbook's (read below).
  let layout = scoringLayout(lot);
  const zip = inspectWorkbookZip(bytes, contentLimitsFor(lot, layout));
  if (!zip.ok) return refuse(zip.message);
  const early = precheckWorkbook(bytes, zip.names, context);
  if (early) return refuse(early);

  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return refuse(t('messages:cells.evaluator.damaged', { detail: detail.slice(0, 200) }));
  }

  // ---- metadata ----
  const meta = wb.getWorksheet(SHEETS.meta);
  if (!meta && wb.getWorksheet(LEAD_SHEETS.consensus) && wb.getWorksheet(LEAD_SHEETS.summary)) {
    return refuse(
      'This is the lead’s evaluation workbook (with the consensus and the summary of all evaluators), not an evaluator’s scoring workbook. Import the workbooks the evaluators filled in.',
    );
  }
  if (!meta) {
    return refuse(
      'This workbook was not exported by Tenderwright, or its hidden information sheet was removed, so it cannot be matched to this tender. Import the workbook Tenderwright exported for the evaluator.',
    );
  }
  const info = new Map<string, string>();
  for (let row = 1; row <= META_KEYS.length + 5; row += 1) {
    const key = textOf(readCell(meta.getCell(row, 1)));
    if (key) info.set(key, textOf(readCell(meta.getCell(row, 2))));
  }
  const get = (key: MetaKey) => info.get(key) ?? '';
  const identity = identityProblem(get, context);
  if (identity) return refuse(identity);
  // Already passed inside identityProblem; asked again for what it says was issued.
  const signed = signatureCheckOf(get, context);
  if (!signed.ok) return refuse(signed.message);
  const evaluation = evaluationOf(lot);
  const evaluator = evaluation.evaluators.find((e) => e.id === get('evaluatorId'));
  if (!evaluator) {
    return refuse(
      t('messages:cells.evaluator.notOnPanel', { name: quote(get('evaluatorName') || t('messages:cells.evaluator.anEvaluator')) }),
    );
  }
  const revision = Number(get('tenderRevision'));
  if (!Number.isInteger(revision) || revision < 0) {
    return refuse(
      t('messages:cells.evaluator.revisionUnreadable', { name: evaluator.name || t('messages:cells.evaluator.thisEvaluator') }),
      evaluator,
    );
  }
  const current = setupChecksum({ ...lot, evaluation });
  const checksum = get('setupChecksum');
  if (checksum !== current) {
    if (revision < tender.revision) {
      return refuse(
        t('messages:cells.evaluator.outdated', {
          revision,
          current: tender.revision,
          name: evaluator.name || t('messages:cells.evaluator.thisEvaluator'),
        }),
        evaluator,
      );
    }
    return refuse(t('messages:cells.evaluator.hiddenMismatch'), evaluator);
  }
  if (revision > tender.revision) {
    return refuse(t('messages:cells.evaluator.fromAnotherCopy', { revision, current: tender.revision }), evaluator);
  }

  // ---- sheets ----
  // A workbook is checked in the language it was written in, whatever the tender or the screens say now.
  const voice = workbookVoice(get('language'));
  if (voice.language !== 'en') layout = scoringLayout(lot, voice);
  const sheets = sheetsFor(voice);
  const SHEET_ORDER = sheetOrderFor(voice);
  const names = wb.worksheets.map((s) => s.name);
  const renamedSheets = new Set<string>();
  SHEET_ORDER.forEach((expected, index) => {
    if (names.includes(expected)) return;
    const inItsPlace = wb.worksheets[index]?.name;
    const renamed = inItsPlace !== undefined && !(SHEET_ORDER as readonly string[]).includes(inItsPlace);
    if (renamed) renamedSheets.add(inItsPlace);
    problems.push({
      message: renamed
        ? t('messages:cells.evaluator.sheetRenamed', { sheet: quote(expected), renamed: quote(inItsPlace) })
        : t('messages:cells.evaluator.sheetDeleted', { sheet: quote(expected) }),
    });
  });
  for (const name of names) {
    if (!(SHEET_ORDER as readonly string[]).includes(name) && !renamedSheets.has(name)) {
      warnings.push({ message: t('messages:cells.evaluator.sheetAdded', { sheet: quote(name) }) });
    }
  }
  const scoring = wb.getWorksheet(sheets.scoring);
  if (!scoring) return { ok: false, evaluator, problems, warnings };

  for (const name of SHEET_ORDER) {
    const sheet = wb.getWorksheet(name);
    if (sheet && !(sheet as unknown as { sheetProtection?: { sheet?: boolean } | null }).sheetProtection?.sheet) {
      warnings.push({ message: t('messages:cells.evaluator.protectionRemoved', { sheet: quote(name) }) });
    }
  }

  // ---- structure ----
  const at = (address: string) => `${sheets.scoring}!${address}`;
  for (const [address, expected] of layout.formulas) {
    const found = readCell(scoring.getCell(address));
    if (found.kind !== 'formula') {
      problems.push({
        cell: at(address),
        message: t('messages:cells.evaluator.formulaOverwritten', { cell: at(address), expected, found: describe(found) }),
      });
    } else if (normaliseFormula(found.formula) !== normaliseFormula(expected)) {
      problems.push({
        cell: at(address),
        message: t('messages:cells.evaluator.formulaChanged', { cell: at(address), found: found.formula, expected }),
      });
    }
  }
  for (const [address, expected] of layout.labels) {
    const found = textOf(readCell(scoring.getCell(address)));
    if (found !== expected) {
      problems.push({
        cell: at(address),
        message: t('messages:cells.evaluator.labelMoved', {
          cell: at(address),
          expected: quote(expected),
          found: found ? quote(found) : t('messages:cells.emptyCell'),
        }),
      });
    }
  }
  // Whole bidders' columns moved keep their formulas and labels intact; only the header tells.
  for (const entry of layout.bidders) {
    const address = scoring.getCell(SCORING_ROWS.header, entry.score).address;
    const found = textOf(readCell(scoring.getCell(address)));
    const other = layout.bidders.find((b) => b !== entry && bidderHeaders(b).includes(found));
    if (other && !bidderHeaders(entry).includes(found)) {
      problems.push({
        cell: at(address),
        message: t('messages:cells.evaluator.bidderColumnMoved', { cell: at(address), bidder: entry.label, found: quote(found) }),
      });
    }
  }
  // A merged input shows one value in several cells (a score read as its own reason, say).
  const inputs = [...layout.scoreInputs.flatMap((i) => [i.score, i.reason]), ...layout.verdictInputs.flatMap((i) => [i.verdict, i.reason])];
  const merged = new Map<string, string[]>();
  for (const address of inputs) {
    const cell = scoring.getCell(address);
    if (!cell.isMerged) continue;
    const master = cell.master.address;
    merged.set(master, [...(merged.get(master) ?? []), address]);
  }
  for (const [master, addresses] of merged) {
    const first = addresses[0]!;
    const into = addresses.includes(master) ? '' : t('messages:cells.evaluator.mergedInto', { cell: master });
    problems.push({
      cell: at(first),
      message: t('messages:cells.evaluator.mergedCells', { count: addresses.length, cell: at(first), inputs: addresses.join(', '), into }),
    });
  }
  if (problems.length > 0) return { ok: false, evaluator, problems, warnings };

  // ---- inputs ----
  // One sentence for a workbook sent back blank, rather than a problem for each of its cells.
  if (inputs.every((address) => readCell(scoring.getCell(address)).kind === 'empty')) {
    return refuse(t('messages:cells.evaluator.blank', { name: evaluator.name || t('messages:cells.evaluator.theEvaluator') }), evaluator);
  }
  const scores: ScoreEntry[] = [];
  for (const input of layout.scoreInputs) {
    const what = t('messages:cells.evaluator.bidOn', { bidder: input.bidderLabel, item: input.criterionLabel });
    const cell = readCell(scoring.getCell(input.score));
    let score: number | null = null;
    let numeric: number | null = null;
    if (cell.kind === 'number') numeric = cell.value;
    else if (cell.kind === 'text' && /^[+-]?\d+(\.\d+)?$/.test(cell.value.trim())) numeric = Number(cell.value.trim());
    if (cell.kind === 'empty') {
      problems.push({ cell: at(input.score), message: t('messages:cells.evaluator.noScore', { cell: at(input.score), what }) });
    } else if (cell.kind === 'formula') {
      problems.push({
        cell: at(input.score),
        message: t('messages:cells.evaluator.scoreFormula', { cell: at(input.score), formula: cell.formula, what }),
      });
    } else if (numeric === null) {
      problems.push({
        cell: at(input.score),
        message: t('messages:cells.evaluator.notAScore', { cell: at(input.score), found: describe(cell), max: input.scaleMax, what }),
      });
    } else if (!Number.isInteger(numeric)) {
      problems.push({
        cell: at(input.score),
        message: t('messages:cells.evaluator.notWhole', { cell: at(input.score), value: numeric, what, max: input.scaleMax }),
      });
    } else if (numeric > input.scaleMax) {
      problems.push({
        cell: at(input.score),
        message: t('messages:cells.evaluator.aboveMax', { cell: at(input.score), value: numeric, max: input.scaleMax }),
      });
    } else if (numeric < 0) {
      problems.push({ cell: at(input.score), message: t('messages:cells.evaluator.belowMin', { cell: at(input.score), value: numeric }) });
    } else {
      score = numeric;
    }
    const reasonCell = readCell(scoring.getCell(input.reason));
    const reason = textOf(reasonCell);
    if (reasonCell.kind === 'formula') {
      problems.push({
        cell: at(input.reason),
        message: t('messages:cells.evaluator.reasonFormula', { cell: at(input.reason), what }),
      });
    } else if (!reason) {
      problems.push({ cell: at(input.reason), message: t('messages:cells.evaluator.reasonRequired', { cell: at(input.reason), what }) });
    } else if (reason.length > EVALUATION_LIMITS.reason) {
      problems.push({
        cell: at(input.reason),
        message: t('messages:cells.evaluator.reasonTooLong', {
          cell: at(input.reason),
          what,
          length: reason.length,
          max: EVALUATION_LIMITS.reason,
        }),
      });
    }
    if (score !== null && reason && reason.length <= EVALUATION_LIMITS.reason && reasonCell.kind !== 'formula') {
      scores.push({ criterionId: input.criterionId, bidderId: input.bidderId, score, scaleMax: input.scaleMax as QualityScaleMax, reason });
    }
  }

  const verdicts: VerdictEntry[] = [];
  // The list's words in the workbook's language; the English ones are accepted too.
  const words = verdictWords(voice);
  const passes = new Set(['pass', words.pass.toLowerCase()]);
  const fails = new Set(['fail', words.fail.toLowerCase()]);
  for (const input of layout.verdictInputs) {
    const what = t('messages:cells.evaluator.bidOn', { bidder: input.bidderLabel, item: input.requirementLabel });
    const cell = readCell(scoring.getCell(input.verdict));
    const typed = cell.kind === 'text' ? cell.value.trim().toLowerCase() : '';
    const text = passes.has(typed) ? 'pass' : fails.has(typed) ? 'fail' : typed;
    const reasonCell = readCell(scoring.getCell(input.reason));
    const reason = textOf(reasonCell);
    if (cell.kind === 'empty') {
      problems.push({ cell: at(input.verdict), message: t('messages:cells.evaluator.noVerdict', { cell: at(input.verdict), what }) });
      continue;
    }
    if (text !== 'pass' && text !== 'fail') {
      problems.push({
        cell: at(input.verdict),
        message: t('messages:cells.evaluator.notAVerdict', { cell: at(input.verdict), found: describe(cell), what }),
      });
      continue;
    }
    if (reasonCell.kind === 'formula') {
      problems.push({
        cell: at(input.reason),
        message: t('messages:cells.evaluator.reasonFormula', { cell: at(input.reason), what }),
      });
      continue;
    }
    if (text === 'fail' && !reason) {
      problems.push({ cell: at(input.reason), message: t('messages:cells.evaluator.failNeedsReason', { cell: at(input.reason), what }) });
      continue;
    }
    if (reason.length > EVALUATION_LIMITS.reason) {
      problems.push({
        cell: at(input.reason),
        message: t('messages:cells.evaluator.verdictReasonTooLong', { cell: at(input.reason), what, max: EVALUATION_LIMITS.reason }),
      });
      continue;
    }
    verdicts.push({ requirementId: input.requirementId, bidderId: input.bidderId, result: text, reason });
  }

  if (problems.length > 0) return { ok: false, evaluator, problems, warnings };
  const issuedExport = { nonce: signed.issued.exportNonce, exportedAt: signed.issued.exportedAt };
  return { ok: true, evaluator, tenderRevision: revision, setupChecksum: checksum, issuedExport, scores, verdicts, warnings };
}
