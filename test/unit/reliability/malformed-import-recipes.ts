/**
 * The malformed-import corpus files that are not committed (test/fixtures/malformed-import): made
 * at test time, deterministically, either because they are large (zip bombs, huge shared-string
 * tables, files over the size limits) or because they are a real evaluator workbook exported by the
 * app in this run with exactly one defect, so they follow the export format as it changes.
 * corpus.json names each recipe; the drill writes what a recipe returns to a file and imports that.
 */
import type ExcelJS from 'exceljs';
import { crc32 } from 'node:zlib';
import type { Lot } from '@shared/model/tender';
import { SHEETS, scoringLayout } from '../../../electron/services/evaluation/evaluatorWorkbook';
import type { ContentLimits } from '../../../electron/services/evaluation/xmlGuard';
import {
  MiB,
  editPart,
  replacePart,
  withoutPart,
  SCORING_PART,
  partText,
  setCell,
  editCells,
  type RawEntry,
  rawZip,
  deflated,
  rawEntriesOf,
  zerosStream,
  CRC_OF_4095_MIB_OF_ZEROS,
  noise,
} from './malformed-import-zip';
import { createRng } from './helpers';

export interface RecipeContext {
  /** The current blank workbook of Ana Ortiz (AO) for the evaluated lot, as exported. */
  blank: Buffer;
  /** The same, filled in completely and correctly. */
  good: Buffer;
  lot: Lot;
  /** Fills `blank` as AO would, then applies `tamper` (exceljs), and saves it. */
  fill(tamper?: (wb: ExcelJS.Workbook, layout: ReturnType<typeof scoringLayout>) => void | Promise<void>): Promise<Buffer>;
  /** Real workbooks from elsewhere, filled in. */
  fromOtherTender: Buffer;
  fromStaleRevision: Buffer;
  fromNewerCopy: Buffer;
  fromRemovedEvaluator: Buffer;
  leadWorkbook: Buffer;
  /** A web address that counts the requests it gets, and a file whose text must never come back. */
  probeUrl: string;
  secretPath: string;
  /** A name unique to this run for files a hostile archive tries to write outside the workspace. */
  escapeName: string;
}

export type Recipe = (ctx: RecipeContext) => Promise<Buffer> | Buffer;

/** The first score, reason and verdict inputs of the lot's Scoring sheet. */
function firstInputs(lot: Lot) {
  const layout = scoringLayout(lot);
  const [score] = layout.scoreInputs;
  const [verdict] = layout.verdictInputs;
  return { score: score!.score, reason: score!.reason, verdict: verdict!.verdict, verdictReason: verdict!.reason };
}

const scoring = (wb: ExcelJS.Workbook) => wb.getWorksheet(SHEETS.scoring)!;
const meta = (wb: ExcelJS.Workbook) => wb.getWorksheet(SHEETS.meta)!;
const unprotect = (sheet: ExcelJS.Worksheet) => (sheet as unknown as { unprotect(): void }).unprotect();

/** Sets a value in the hidden metadata sheet by key. */
function setMeta(wb: ExcelJS.Workbook, key: string, value: string | number): void {
  const sheet = meta(wb);
  for (let row = 1; row <= 20; row += 1) {
    if (sheet.getCell(row, 1).value === key) {
      sheet.getCell(row, 2).value = value;
      return;
    }
  }
  throw new Error(`no metadata key ${key}`);
}

/** Swaps the values of two cells. */
function swap(sheet: ExcelJS.Worksheet, a: string, b: string): void {
  const value = sheet.getCell(a).value;
  sheet.getCell(a).value = sheet.getCell(b).value;
  sheet.getCell(b).value = value;
}

const DOCTYPE_SST = (subset: string) => (xml: string) => xml.replace('<sst ', `<!DOCTYPE sst [${subset}]><sst `);

// ---- the recipes -------------------------------------------------------------------------------

export const RECIPES: Record<string, Recipe> = {
  // Damaged archives, from the real export.
  cutInHalf: ({ good }) => good.subarray(0, Math.floor(good.length / 2)),
  cutToFirstBytes: ({ good }) => good.subarray(0, 100),
  middleMissing: ({ good }) => Buffer.concat([good.subarray(0, 2000), good.subarray(6000)]),
  bytesFlipped: ({ good }) => {
    const flipped = Buffer.from(good);
    for (let i = 200; i < 260; i += 1) flipped[i] = flipped[i]! ^ 0xff;
    return flipped;
  },
  withoutContentTypes: ({ good }) => withoutPart(good, '[Content_Types].xml'),
  withoutWorkbookPart: ({ good }) => withoutPart(good, 'xl/workbook.xml'),
  workbookInsideZip: ({ good }) => rawZip([deflated('Laptops - AO scoring.xlsx', good)]),
  zipEncryptionFlag: async ({ good }) => rawZip((await rawEntriesOf(good)).map((e) => ({ ...e, flags: 0x1 }))),
  unknownCompression: async ({ good }) => rawZip((await rawEntriesOf(good)).map((e, i) => (i === 0 ? { ...e, method: 12 as 0 } : e))),

  // Hostile part names and duplicate parts, from the real export.
  entryEscapesUpwards: async ({ good, escapeName }) =>
    rawZip([...(await rawEntriesOf(good)), deflated(`../../${escapeName}`, Buffer.from('written outside'))]),
  entryWithAbsolutePath: async ({ good, escapeName }) =>
    rawZip([...(await rawEntriesOf(good)), deflated(`/tmp/${escapeName}`, Buffer.from('written outside'))]),
  entryWithBackslashes: async ({ good, escapeName }) =>
    rawZip([...(await rawEntriesOf(good)), deflated(`..\\..\\${escapeName}`, Buffer.from('written outside'))]),
  sheetTwice: async ({ good, lot }) => {
    const shadow = setCell(await partText(good, SCORING_PART), firstInputs(lot).score, 0);
    return rawZip([...(await rawEntriesOf(good)), deflated(SCORING_PART, Buffer.from(shadow))]);
  },
  lookalikeSheet: async ({ good, lot }) => {
    const shadow = setCell(await partText(good, SCORING_PART), firstInputs(lot).score, 0);
    return rawZip([...(await rawEntriesOf(good)), deflated(`${SCORING_PART}.orig`, Buffer.from(shadow))]);
  },

  // XML that attacks the parser, from the real export.
  billionLaughs: ({ good }) =>
    editPart(good, 'xl/sharedStrings.xml', (xml) =>
      DOCTYPE_SST(
        ['<!ENTITY lol "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`)].join(''),
      )(xml).replace('<si><t>', '<si><t>&lol9;'),
    ),
  externalEntityFile: ({ good, secretPath }) =>
    editPart(good, 'xl/sharedStrings.xml', (xml) =>
      DOCTYPE_SST(`<!ENTITY secret SYSTEM "file://${secretPath}">`)(xml).replace('<si><t>', '<si><t>&secret;'),
    ),
  externalEntityWeb: ({ good, probeUrl }) =>
    editPart(good, 'xl/sharedStrings.xml', (xml) =>
      DOCTYPE_SST(`<!ENTITY web SYSTEM "${probeUrl}/entity">`)(xml).replace('<si><t>', '<si><t>&web;'),
    ),
  externalDtd: ({ good, probeUrl }) =>
    editPart(good, 'xl/workbook.xml', (xml) =>
      xml.replace('<workbook ', `<!DOCTYPE workbook SYSTEM "${probeUrl}/workbook.dtd"><workbook `),
    ),
  parameterEntity: ({ good, probeUrl }) =>
    editPart(good, 'xl/styles.xml', (xml) =>
      xml.replace('<styleSheet ', `<!DOCTYPE styleSheet [<!ENTITY % remote SYSTEM "${probeUrl}/param.dtd"> %remote;]><styleSheet `),
    ),
  deeplyNested: ({ good }) => {
    const rng = createRng(8);
    const names = Array.from({ length: 100_000 }, () => `x${Math.floor(rng.next() * 0xffffffff).toString(36)}`);
    return editPart(good, SCORING_PART, (xml) =>
      xml.replace(
        '</sheetData>',
        `</sheetData><extLst>${names.map((n) => `<${n}>`).join('')}${[...names]
          .reverse()
          .map((n) => `</${n}>`)
          .join('')}</extLst>`,
      ),
    );
  },
  sharedStringsInUtf16: async ({ good }) => {
    const xml = (await partText(good, 'xl/sharedStrings.xml')).replace('encoding="UTF-8"', 'encoding="UTF-16"');
    return replacePart(good, 'xl/sharedStrings.xml', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')]));
  },
  sharedStringsInLatin1: async ({ good }) => {
    const xml = (await partText(good, 'xl/sharedStrings.xml')).replace('Ana Ortiz', 'Ana Müller');
    return replacePart(good, 'xl/sharedStrings.xml', Buffer.from(xml, 'latin1'));
  },
  declaresLatin1: ({ good }) => editPart(good, 'xl/workbook.xml', (xml) => xml.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"')),

  // Ranges and sizes that would make the spreadsheet library loop for hours, from the real export.
  columnsPastLastColumn: ({ good }) =>
    editPart(good, SCORING_PART, (xml) => xml.replace('<cols>', '<cols><col min="20" max="2000000000" width="9" customWidth="1"/>')),
  mergedWholeSheet: ({ good }) =>
    editPart(good, SCORING_PART, (xml) =>
      xml.replace('<mergeCells count="9">', '<mergeCells count="10"><mergeCell ref="A100:XFD1048576"/>'),
    ),
  validationWholeSheet: ({ good }) =>
    editPart(good, SCORING_PART, (xml) =>
      xml.replace(
        /<dataValidations count="(\d+)">/,
        (_, n: string) =>
          `<dataValidations count="${Number(n) + 1}"><dataValidation type="whole" allowBlank="1" sqref="A1:XFD1048576"><formula1>0</formula1><formula2>5</formula2></dataValidation>`,
      ),
    ),
  namedWholeSheet: ({ good }) =>
    editPart(good, 'xl/workbook.xml', (xml) =>
      xml.replace('<definedNames>', '<definedNames><definedName name="Everything">Scoring!$A$1:$XFD$1048576</definedName>'),
    ),

  // Large files, made here so the repository stays small.
  overSizeLimit: async ({ good }) => {
    const photo = noise(10, 10 * MiB);
    return rawZip([
      ...(await rawEntriesOf(good)),
      { name: 'xl/media/image1.png', packed: photo, method: 0, crc: crc32(photo), uncompressedSize: photo.length },
    ]);
  },
  overTransferLimit: () => Buffer.alloc(61 * MiB),
  bombOneEntry: () => {
    const packed = zerosStream(4095);
    return rawZip([
      deflated('[Content_Types].xml', Buffer.from('<?xml version="1.0" encoding="UTF-8"?><Types/>')),
      { name: 'xl/sharedStrings.xml', packed, method: 8, crc: CRC_OF_4095_MIB_OF_ZEROS, uncompressedSize: 4095 * MiB },
      deflated('xl/workbook.xml', Buffer.from('<workbook/>')),
    ]);
  },
  bombLyingSize: () => {
    const packed = zerosStream(4095);
    return rawZip([
      deflated('[Content_Types].xml', Buffer.from('<?xml version="1.0" encoding="UTF-8"?><Types/>')),
      { name: 'xl/sharedStrings.xml', packed, method: 8, crc: CRC_OF_4095_MIB_OF_ZEROS, uncompressedSize: 30 * MiB },
      deflated('xl/workbook.xml', Buffer.from('<workbook/>')),
    ]);
  },
  bombHighRatio: async ({ good }) => {
    const strings = Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><sst>${'<si><t>Good</t></si>'.repeat(1_000_000)}</sst>`);
    return rawZip([
      ...(await rawEntriesOf(good)).filter((e) => e.name !== 'xl/sharedStrings.xml'),
      deflated('xl/sharedStrings.xml', strings),
    ]);
  },
  bombOverlapping: async ({ good }) => {
    const real = await rawEntriesOf(good);
    const block = Buffer.alloc(MiB, 0x20);
    const shared = deflated('xl/media/image0.png', block);
    return rawZip([
      ...real,
      shared,
      ...Array.from({ length: 200 }, (_, i) => ({ ...shared, name: `xl/media/image${i + 1}.png`, sameDataAs: real.length })),
    ]);
  },
  manyEntries: async ({ good }) =>
    rawZip([
      ...(await rawEntriesOf(good)),
      ...Array.from({ length: 10_000 }, (_, i) => deflated(`customXml/item${i}.xml`, Buffer.from(`<x>${i}</x>`))),
    ]),
  millionsOfSharedStrings: ({ good }) =>
    editPart(good, 'xl/sharedStrings.xml', (xml) =>
      xml.replace('</sst>', `${Array.from({ length: 1_000_000 }, (_, i) => `<si><t>${(i * 7919).toString(36)}</t></si>`).join('')}</sst>`),
    ),
  oneGiantSharedString: async ({ good }) => {
    // Stored, not deflated: 8 MB of text in a file under the 10 MB limit, with no time spent compressing it.
    const reason = 'Reason of ev-ao for Acme Ltd on 2.1 “Delivery plan”';
    const xml = (await partText(good, 'xl/sharedStrings.xml')).replace(
      `<t>${reason}</t>`,
      `<t>${noise(12, 8 * MiB).toString('latin1')}</t>`,
    );
    const data = Buffer.from(xml);
    const stored: RawEntry = { name: 'xl/sharedStrings.xml', packed: data, method: 0, crc: crc32(data), uncompressedSize: data.length };
    return rawZip((await rawEntriesOf(good)).map((e) => (e.name === stored.name ? stored : e)));
  },
  hundredsOfThousandsOfRows: ({ good }) =>
    editPart(good, SCORING_PART, (xml) =>
      xml.replace(
        '</sheetData>',
        `${Array.from({ length: 300_000 }, (_, i) => `<row r="${i + 100}"><c r="A${i + 100}"><v>${i * 7}</v></c></row>`).join('')}</sheetData>`,
      ),
    ),
  everyColumnFilled: ({ good }) =>
    editPart(good, SCORING_PART, (xml) => {
      const column = (n: number) => {
        let s = '';
        for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
        return s;
      };
      const rows = [100, 101, 102, 103].map(
        (r) => `<row r="${r}">${Array.from({ length: 16_384 }, (_, c) => `<c r="${column(c + 1)}${r}"><v>${c}</v></c>`).join('')}</row>`,
      );
      return xml.replace('</sheetData>', `${rows.join('')}</sheetData>`);
    }),
  floodOfElements: ({ good }) =>
    editPart(good, 'docProps/app.xml', (xml) => {
      const rng = createRng(3);
      return xml.replace(
        '</Properties>',
        `${Array.from({ length: 600_000 }, () => `<n v="${Math.floor(rng.next() * 1e9)}"/>`).join('')}</Properties>`,
      );
    }),

  // Workbooks that do not belong here (real exports from elsewhere).
  fromOtherTender: ({ fromOtherTender }) => fromOtherTender,
  fromStaleRevision: ({ fromStaleRevision }) => fromStaleRevision,
  fromNewerCopy: ({ fromNewerCopy }) => fromNewerCopy,
  fromRemovedEvaluator: ({ fromRemovedEvaluator }) => fromRemovedEvaluator,
  forTheOtherLot: ({ good }) => good,
  leadWorkbook: ({ leadWorkbook }) => leadWorkbook,
  alreadyImported: ({ good }) => good,

  // The hidden metadata sheet tampered with, from the real export.
  metadataSheetRemoved: ({ fill }) => fill((wb) => wb.removeWorksheet(meta(wb).id)),
  metadataChecksumEdited: ({ fill }) => fill((wb) => setMeta(wb, 'setupChecksum', '0'.repeat(64))),
  metadataFromTheFuture: ({ fill }) => fill((wb) => setMeta(wb, 'formatVersion', 99)),
  metadataRevisionNotANumber: ({ fill }) => fill((wb) => setMeta(wb, 'tenderRevision', 'latest')),
  metadataFormatChanged: ({ fill }) => fill((wb) => setMeta(wb, 'format', 'my-own-scoring-sheet')),

  // Sheets and layout changed, from the real export.
  scoringSheetRenamed: ({ fill }) => fill((wb) => void (scoring(wb).name = 'My scores')),
  scoringSheetDeleted: ({ fill }) => fill((wb) => wb.removeWorksheet(scoring(wb).id)),
  criteriaRowsSwapped: ({ fill }) =>
    fill((wb, layout) => {
      const sheet = scoring(wb);
      unprotect(sheet);
      const [a, b] = [layout.scoreInputs[0]!.row, layout.scoreInputs.find((i) => i.row !== layout.scoreInputs[0]!.row)!.row];
      for (let column = 1; column <= layout.lastColumn; column += 1)
        swap(sheet, `${sheet.getColumn(column).letter}${a}`, `${sheet.getColumn(column).letter}${b}`);
    }),
  rowInserted: ({ fill }) =>
    fill((wb, layout) => void scoring(wb).spliceRows(layout.scoreInputs[0]!.row + 1, 0, ['X', 'My extra criterion'])),
  bidderColumnsSwapped: ({ fill }) =>
    fill((wb, layout) => {
      const sheet = scoring(wb);
      unprotect(sheet);
      const [first, second] = layout.bidders;
      for (let row = 4; row <= layout.lastRow; row += 1) {
        for (const offset of [0, 1]) {
          const a = sheet.getCell(row, first!.score + offset);
          const b = sheet.getCell(row, second!.score + offset);
          // Each column keeps its own formulas, as moving whole columns would leave them; merged header halves follow their master.
          if (a.formula || b.formula || a.master !== a || b.master !== b) continue;
          swap(sheet, a.address, b.address);
        }
      }
    }),
  formulaOverwritten: ({ fill }) =>
    fill((wb, layout) => {
      const [address] = [...layout.formulas.keys()].filter((a) => a.startsWith('G'));
      scoring(wb).getCell(address!).value = 99;
    }),
  mergedOverInputs: ({ good }) =>
    editPart(good, SCORING_PART, (xml) => xml.replace('<mergeCells count="9">', '<mergeCells count="10"><mergeCell ref="G7:H7"/>')),

  // Scores, reasons and verdicts that are not acceptable, from the real export.
  scoreAboveScale: ({ good, lot }) => editCells(good, { [firstInputs(lot).score]: 6 }),
  scoreBelowZero: ({ good, lot }) => editCells(good, { [firstInputs(lot).score]: -1 }),
  scoreAsWords: ({ good, lot }) => editCells(good, { [firstInputs(lot).score]: 'very good' }),
  scoreWithDecimals: ({ good, lot }) => editCells(good, { [firstInputs(lot).score]: 3.5 }),
  scoreWithDecimalComma: ({ good, lot }) => editCells(good, { [firstInputs(lot).score]: '3,5' }),
  scoreTooLargeToRead: ({ good, lot }) => editCells(good, { [firstInputs(lot).score]: { type: 'n', v: '1E+999' } }),
  scoreAsFormula: ({ good, lot }) => editCells(good, { [firstInputs(lot).score]: { formula: 'MAX(0,4)', cached: 4 } }),
  scoreFromTheWeb: ({ good, lot, probeUrl }) =>
    editCells(good, { [firstInputs(lot).score]: { formula: `WEBSERVICE("${probeUrl}/score")`, cached: 4 } }),
  scoreFromAnotherFile: ({ good, lot, secretPath }) =>
    editCells(good, { [firstInputs(lot).score]: { formula: `'file://${secretPath}'!A1`, cached: 4 } }),
  scoreAsTrue: ({ good, lot }) => editCells(good, { [firstInputs(lot).score]: { type: 'b', v: '1' } }),
  scoreAsError: ({ good, lot }) => editCells(good, { [firstInputs(lot).score]: { type: 'e', v: '#N/A' } }),
  reasonMissing: ({ good, lot }) => editCells(good, { [firstInputs(lot).reason]: null }),
  reasonOnlySpaces: ({ good, lot }) => editCells(good, { [firstInputs(lot).reason]: '    ' }),
  reasonAsFormula: ({ good, lot }) => editCells(good, { [firstInputs(lot).reason]: { formula: 'B7' } }),
  reasonTooLong: ({ good, lot }) => editCells(good, { [firstInputs(lot).reason]: 'Because '.repeat(1000) }),
  verdictNotPassOrFail: ({ good, lot }) => editCells(good, { [firstInputs(lot).verdict]: 'Maybe' }),
  failWithoutReason: ({ good, lot }) => editCells(good, { [firstInputs(lot).verdict]: 'Fail', [firstInputs(lot).verdictReason]: null }),
  notFilledIn: ({ blank }) => blank,
};

/**
 * A filled workbook with 90% of every content cap used at once: an evaluator's notes below the
 * table (cells and rows), as many texts (shared strings), and document properties that bring the
 * XML elements near their cap. Not malformed: the caps must leave room for a busy real file.
 */
export async function justUnderTheCaps(good: Buffer, limits: ContentLimits): Promise<Buffer> {
  const cells = Math.floor(limits.cells * 0.9);
  const columns = 10;
  const rows = Math.floor(cells / columns);
  const notes = Array.from({ length: rows }, (_, r) => {
    const row = 1000 + r;
    return `<row r="${row}">${Array.from({ length: columns }, (_, c) => `<c r="${String.fromCharCode(65 + c)}${row}"><v>${r * columns + c}</v></c>`).join('')}</row>`;
  }).join('');
  const used = rows * (columns * 2 + 1) + cells * 2;
  const properties = Math.floor(limits.elements * 0.9) - used;
  const rng = createRng(90);
  let out = await editPart(good, SCORING_PART, (xml) => xml.replace('</sheetData>', `${notes}</sheetData>`));
  out = await editPart(out, 'xl/sharedStrings.xml', (xml) =>
    xml.replace(
      '</sst>',
      `${Array.from({ length: cells }, (_, i) => `<si><t>Note ${i}: ${(i * 7919).toString(36)}</t></si>`).join('')}</sst>`,
    ),
  );
  return editPart(out, 'docProps/app.xml', (xml) =>
    xml.replace(
      '</Properties>',
      `${Array.from({ length: properties }, () => `<n v="${Math.floor(rng.next() * 1e9)}"/>`).join('')}</Properties>`,
    ),
  );
}
