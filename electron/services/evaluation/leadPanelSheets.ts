/**
 * The lead workbook's panel sheets: Consensus (per quality criterion and bid, each evaluator's score,
 * the mean, spread flag, moderated score and points) and Pass-fail (per requirement and bid, the
 * verdicts and the consensus result). Both read the evaluator sheets; the Summary reads both.
 */
import type ExcelJS from 'exceljs';
import type { Bidder, Evaluator } from '@shared/model/evaluation';
import type { Lot } from '@shared/model/tender';
import type { LotResults } from '@shared/rules/evaluation';
import { SPREAD_FLAG_TENTHS } from '@shared/rules/evaluationConsensus';
import type { EvaluationCriterion } from '@shared/rules/evaluationCriteria';
import { bidderLabel } from './scoringLayout';
import { evaluatorSheetName, formula, header, sheetRef, type CellStyles } from './leadFormat';
import { evaluatorSheetCells } from './leadSheets';
import { addr, fitWrappedRows, setupPrint } from './workbookFormat';
import type { DocumentVoice } from '@shared/documents/voice';

export interface PanelSheetInput {
  lot: Lot;
  bidders: readonly Bidder[];
  evaluators: readonly Evaluator[];
  leaves: readonly EvaluationCriterion[];
  evaluatorSheets: readonly ExcelJS.Worksheet[];
  results: LotResults;
  styles: CellStyles;
  voice: DocumentVoice;
}

/** Where a panel sheet's rows are, and the columns the Summary's formulas match on and add up. */
export interface ConsensusLayout {
  firstRow: number;
  lastRow: number;
  keyColumn: number;
  hasColumn: number;
  pointsColumn: number;
}

export interface PassFailLayout {
  firstRow: number;
  lastRow: number;
  keyColumn: number;
  consensusColumn: number;
}

export function writeConsensusSheet(
  consensus: ExcelJS.Worksheet,
  { lot, bidders, evaluators, leaves, evaluatorSheets, results, styles, voice }: PanelSheetInput,
): ConsensusLayout {
  const nBidders = bidders.length;
  const { t } = voice;
  const literal = (text: string) => `"${text.replace(/"/g, '""')}"`;
  const fmt = styles.numFmt;
  const { scoreRowOf, scoreColOf } = evaluatorSheetCells(leaves.length);
  const cellResults = new Map(results.cells.map((c) => [`${c.criterionId}|${c.bidderId}`, c]));
  const K = { ref: 1, criterion: 2, bidder: 3, key: 4, points: 5, scale: 6, firstEvaluator: 7 };
  const nE = evaluators.length;
  const KC = {
    count: K.firstEvaluator + nE,
    mean: K.firstEvaluator + nE + 1,
    spread: K.firstEvaluator + nE + 2,
    flag: K.firstEvaluator + nE + 3,
    moderated: K.firstEvaluator + nE + 4,
    rationale: K.firstEvaluator + nE + 5,
    consensus: K.firstEvaluator + nE + 6,
    points: K.firstEvaluator + nE + 7,
    has: K.firstEvaluator + nE + 8,
  };
  consensus.getCell('A1').value = t('documents:lead.consensus.title', { lot: lot.title });
  consensus.getCell('A1').style = styles.title;
  consensus.getCell('A2').value = t('documents:lead.consensus.note', {
    threshold: new Intl.NumberFormat(voice.locale).format(SPREAD_FLAG_TENTHS / 10),
  });
  header(
    consensus,
    styles,
    3,
    [
      t('documents:evaluator.ref'),
      t('documents:evaluator.criterion'),
      t('documents:lead.columns.bidder'),
      t('documents:lead.columns.bidderKey'),
      t('documents:evaluator.pointsW'),
      t('documents:lead.consensus.scaleMax'),
      ...evaluators.map((e, i) => evaluatorSheetName(i, e.initials)),
      t('documents:lead.consensus.scores'),
      t('documents:lead.consensus.mean'),
      t('documents:lead.consensus.spread'),
      t('documents:lead.consensus.flag'),
      t('documents:lead.consensus.moderatedScore'),
      t('documents:lead.consensus.rationale'),
      t('documents:lead.consensus.consensus'),
      t('documents:lead.consensus.points'),
      t('documents:lead.consensus.hasConsensus'),
    ],
    [6, 30, 22, 12, 9, 8, ...evaluators.map(() => 8), 8, 9, 8, 9, 11, 40, 11, 10, 10],
  );
  const C_FIRST = 4;
  const consensusRow = (li: number, bi: number) => C_FIRST + li * nBidders + bi;
  leaves.forEach((leaf, li) => {
    // One validation object for the criterion's row group: the same check for every bid.
    const moderatedValidation: ExcelJS.DataValidation = {
      type: 'whole',
      operator: 'between',
      allowBlank: true,
      formulae: [0, leaf.scaleMax!],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: t('documents:evaluator.scoreErrorTitle'),
      error: t('documents:lead.consensus.moderatedError', { max: leaf.scaleMax }),
    };
    bidders.forEach((b, bi) => {
      const row = consensusRow(li, bi);
      const cell = (c: number) => consensus.getCell(row, c);
      cell(K.ref).value = leaf.ref;
      cell(K.criterion).value = leaf.criterion.name;
      cell(K.bidder).value = bidderLabel(b, bi, voice);
      cell(K.key).value = b.id;
      cell(K.points).value = leaf.points.toNumber();
      cell(K.scale).value = leaf.scaleMax!;
      evaluators.forEach((e, ei) => {
        const source = `${sheetRef(evaluatorSheets[ei]!.name)}!${addr(scoreColOf(bi), scoreRowOf(li))}`;
        formula(cell(K.firstEvaluator + ei), `IF(${source}="","",${source})`);
      });
      const range = nE > 0 ? `${addr(K.firstEvaluator, row)}:${addr(K.firstEvaluator + nE - 1, row)}` : null;
      const count = addr(KC.count, row);
      const mean = addr(KC.mean, row);
      const moderated = addr(KC.moderated, row);
      const cons = addr(KC.consensus, row);
      if (range) {
        formula(cell(KC.count), `COUNT(${range})`);
        formula(cell(KC.mean), `IF(${count}=0,"",AVERAGE(${range}))`, fmt('0.00'));
        formula(cell(KC.spread), `IF(${count}=0,"",MAX(${range})-MIN(${range}))`);
        formula(
          cell(KC.flag),
          `IF(${count}=0,"",IF(10*(MAX(${range})-MIN(${range}))>=${SPREAD_FLAG_TENTHS}*${addr(K.scale, row)},${literal(t('documents:lead.consensus.flagged'))},""))`,
        );
      } else {
        cell(KC.count).value = 0;
      }
      const result = cellResults.get(`${leaf.criterion.id}|${b.id}`);
      const mod = cell(KC.moderated);
      mod.value = result?.moderation ? result.moderation.score : null;
      mod.style = styles.input;
      mod.dataValidation = moderatedValidation;
      const rationale = cell(KC.rationale);
      rationale.value = result?.moderation ? result.moderation.rationale : null;
      rationale.style = styles.wrappedInput;
      formula(
        cell(KC.consensus),
        range ? `IF(${moderated}<>"",${moderated},${mean})` : `IF(${moderated}<>"",${moderated},"")`,
        fmt('0.00'),
      );
      formula(cell(KC.points), `IF(${cons}="","",${addr(K.points, row)}*${cons}/${addr(K.scale, row)})`, fmt('0.0000'));
      formula(cell(KC.has), `IF(${cons}="",0,1)`);
    });
  });
  const C_LAST = Math.max(C_FIRST, C_FIRST + leaves.length * nBidders - 1);
  consensus.views = [{ state: 'frozen', xSplit: 3, ySplit: 3, topLeftCell: 'D4', activeCell: 'A4' }];
  // Keys and helper figures the formulas match on or rank by: kept in the file, left off the page.
  consensus.getColumn(K.key).hidden = true;
  consensus.getColumn(KC.has).hidden = true;
  consensus.getRow(1).height = 20;
  fitWrappedRows(
    consensus,
    Array.from({ length: C_LAST - 2 }, (_, i) => i + 3),
  );
  setupPrint(consensus, { titleRows: '3:3', lastColumn: KC.has, lastRow: C_LAST });

  return { firstRow: C_FIRST, lastRow: C_LAST, keyColumn: K.key, hasColumn: KC.has, pointsColumn: KC.points };
}

export function writePassFailSheet(
  passFail: ExcelJS.Worksheet,
  { lot, bidders, evaluators, leaves, evaluatorSheets, results, styles, voice }: PanelSheetInput,
): PassFailLayout {
  const nBidders = bidders.length;
  const { t } = voice;
  const literal = (text: string) => `"${text.replace(/"/g, '""')}"`;
  const nE = evaluators.length;
  const { verdictRowOf, scoreColOf } = evaluatorSheetCells(leaves.length);
  const verdictResults = new Map(results.verdicts.map((v) => [`${v.requirementId}|${v.bidderId}`, v]));
  const P = { ref: 1, requirement: 2, bidder: 3, key: 4, firstEvaluator: 5 };
  const PC = {
    fails: P.firstEvaluator + nE,
    passes: P.firstEvaluator + nE + 1,
    moderated: P.firstEvaluator + nE + 2,
    rationale: P.firstEvaluator + nE + 3,
    consensus: P.firstEvaluator + nE + 4,
  };
  const P_FIRST = 4;
  const P_LAST = Math.max(P_FIRST, P_FIRST + lot.requirements.length * nBidders - 1);
  passFail.getCell('A1').value = t('documents:lead.passFail.title', { lot: lot.title });
  passFail.getCell('A1').style = styles.title;
  passFail.getCell('A2').value = t('documents:lead.passFail.note');
  const pass = t('documents:evaluator.verdict.pass');
  const fail = t('documents:evaluator.verdict.fail');
  const moderatedValidation: ExcelJS.DataValidation = {
    type: 'list',
    allowBlank: true,
    formulae: [`"${pass},${fail}"`],
    showErrorMessage: true,
    errorStyle: 'stop',
    error: t('documents:lead.passFail.moderatedError'),
  };
  header(
    passFail,
    styles,
    3,
    [
      t('documents:evaluator.ref'),
      t('documents:lead.passFail.requirement'),
      t('documents:lead.columns.bidder'),
      t('documents:lead.columns.bidderKey'),
      ...evaluators.map((e, i) => evaluatorSheetName(i, e.initials)),
      t('documents:lead.passFail.fails'),
      t('documents:lead.passFail.passes'),
      t('documents:lead.passFail.moderatedResult'),
      t('documents:lead.consensus.rationale'),
      t('documents:lead.consensus.consensus'),
    ],
    [6, 36, 22, 12, ...evaluators.map(() => 8), 7, 7, 11, 40, 11],
  );
  lot.requirements.forEach((req, ri) => {
    bidders.forEach((b, bi) => {
      const row = P_FIRST + ri * nBidders + bi;
      const cell = (c: number) => passFail.getCell(row, c);
      cell(P.ref).value = `R${ri + 1}`;
      cell(P.requirement).value = req.name;
      cell(P.bidder).value = bidderLabel(b, bi, voice);
      cell(P.key).value = b.id;
      evaluators.forEach((e, ei) => {
        const source = `${sheetRef(evaluatorSheets[ei]!.name)}!${addr(scoreColOf(bi), verdictRowOf(ri))}`;
        formula(cell(P.firstEvaluator + ei), `IF(${source}="","",${source})`);
      });
      const range = nE > 0 ? `${addr(P.firstEvaluator, row)}:${addr(P.firstEvaluator + nE - 1, row)}` : null;
      if (range) {
        formula(cell(PC.fails), `COUNTIF(${range},${literal(fail)})`);
        formula(cell(PC.passes), `COUNTIF(${range},${literal(pass)})`);
      } else {
        cell(PC.fails).value = 0;
        cell(PC.passes).value = 0;
      }
      const result = verdictResults.get(`${req.id}|${b.id}`);
      const mod = cell(PC.moderated);
      mod.value = result?.moderation ? (result.moderation.result === 'pass' ? pass : fail) : null;
      mod.style = styles.input;
      mod.dataValidation = moderatedValidation;
      const rationale = cell(PC.rationale);
      rationale.value = result?.moderation ? result.moderation.rationale : null;
      rationale.style = styles.input;
      const m = addr(PC.moderated, row);
      formula(
        cell(PC.consensus),
        `IF(${m}<>"",${m},IF(${addr(PC.fails, row)}>0,${literal(fail)},IF(${addr(PC.passes, row)}>0,${literal(pass)},"")))`,
      );
    });
  });
  passFail.views = [{ state: 'frozen', xSplit: 3, ySplit: 3, topLeftCell: 'D4', activeCell: 'A4' }];
  passFail.getColumn(P.key).hidden = true;
  passFail.getRow(1).height = 20;
  fitWrappedRows(
    passFail,
    Array.from({ length: P_LAST - 2 }, (_, i) => i + 3),
  );
  setupPrint(passFail, { titleRows: '3:3', lastColumn: PC.consensus, lastRow: P_LAST });

  return { firstRow: P_FIRST, lastRow: P_LAST, keyColumn: P.key, consensusColumn: PC.consensus };
}
