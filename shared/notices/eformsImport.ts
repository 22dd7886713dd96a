/**
 * New tender from an eForms contract notice: the pure mapping from the parsed notice to the content
 * of a new tender, and the list of what could not be carried over as written. Reading the file
 * safely, and the schema check, happen before this (electron/services/notices/noticeReader.ts).
 *
 * Read: the procedure's title (BT-21), internal identifier (BT-22) and description (BT-24); the
 * buyer's name (the organisation the contracting party names); per lot (cac:ProcurementProjectLot
 * with a "Lot" identifier) its title (BT-21) and award criteria: type (BT-539), name (BT-734),
 * description (BT-540), weight (BT-541 with BT-5421 "per-exa") and minimum score (BT-5423), with
 * the marks Tenderwright's own export writes into descriptions (social and environmental criteria,
 * sub-criteria, how a criterion is scored) read back (eformsDescription.ts).
 */
import { LIMITS } from '../model/common';
import { newTenderContent, type TenderContent } from '../model/tender';
import { readNoticeCriteria, type UnmappedItem } from './eformsCriteria';
import { mapLot } from './eformsLot';
import { first, select, textIn, textOf, type XmlElement } from './xmlTree';

export type { UnmappedItem } from './eformsCriteria';

export type NoticeImport = { ok: true; content: TenderContent; unmapped: UnmappedItem[] } | { ok: false; message: string };

const ORGANIZATIONS = 'ext:UBLExtensions/ext:UBLExtension/ext:ExtensionContent/efext:EformsExtension/efac:Organizations/efac:Organization';

function clip(text: string, max: number = LIMITS.shortText): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** The names of the buyers (the contracting parties' organisations), in the notice's order. */
function buyerNames(root: XmlElement, language: string): string[] {
  const names = new Map<string, string>();
  for (const organization of select(root, ORGANIZATIONS)) {
    const company = first(organization, 'efac:Company');
    const id = textOf(first(company, 'cac:PartyIdentification/cbc:ID'));
    if (id) names.set(id, textIn(company, 'cac:PartyName/cbc:Name', language));
  }
  return select(root, 'cac:ContractingParty/cac:Party/cac:PartyIdentification/cbc:ID')
    .map((id) => names.get(textOf(id)) ?? '')
    .filter((name) => name !== '');
}

/** The content of a new tender made from a parsed eForms contract notice (already checked to be one). */
export function importContractNotice(root: XmlElement): NoticeImport {
  const language = textOf(first(root, 'cbc:NoticeLanguageCode'));
  const lotElements = select(root, 'cac:ProcurementProjectLot').filter((lot) => first(lot, 'cbc:ID')?.attributes.schemeName === 'Lot');
  if (lotElements.length === 0) {
    return {
      ok: false,
      message:
        'The notice has no lots, so there is nothing to start a tender from. A contract notice lists at least one lot with its award criteria.',
    };
  }
  if (lotElements.length > LIMITS.lots) {
    return {
      ok: false,
      message: `The notice has ${lotElements.length} lots; a tender in Tenderwright holds at most ${LIMITS.lots}, so nothing was imported.`,
    };
  }
  const unmapped: UnmappedItem[] = [];
  const project = first(root, 'cac:ProcurementProject');
  const buyers = buyerNames(root, language);
  const title = clip(textIn(project, 'cbc:Name', language)) || 'Tender from eForms notice';
  if (!textIn(project, 'cbc:Name', language))
    unmapped.push({ message: 'The notice has no title for the procedure; the tender was called “Tender from eForms notice”. Rename it.' });
  const lotTitles = lotElements.map(
    (lot, index) => clip(textIn(lot, 'cac:ProcurementProject/cbc:Name', language)) || textOf(first(lot, 'cbc:ID')) || `Lot ${index + 1}`,
  );
  const base = newTenderContent({
    title,
    reference: clip(textOf(first(project, 'cbc:ID'))),
    buyer: clip(buyers.join('; ')),
    description: clip(textIn(project, 'cbc:Description', language), LIMITS.longText),
    lots: lotTitles,
  });
  const lots = base.lots.map((lot, index) =>
    mapLot(lotElements[index]!, lot, clip(textOf(first(lotElements[index], 'cbc:ID')), 60), language, unmapped),
  );
  const groups = select(root, 'cac:ProcurementProjectLot').filter((lot) => first(lot, 'cbc:ID')?.attributes.schemeName === 'LotsGroup');
  for (const group of groups) {
    if (readNoticeCriteria(group, language).length === 0) continue;
    const id = clip(textOf(first(group, 'cbc:ID')), 60);
    unmapped.push({
      noticeLotId: id,
      message: `The group of lots ${id} has award criteria of its own; Tenderwright has no groups of lots, so they were not imported.`,
    });
  }
  return { ok: true, content: { ...base, lots }, unmapped };
}
