import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateXPathToNodes, evaluateXPathToString, evaluateXPathToStrings } from 'fontoxpath';
import { parseXmlDocument, type Node as SlimNode } from 'slimdom';

export const NOTICES = join(__dirname, '../../../../fixtures/eforms-sdk-examples');
export const readNotice = (name: string) => readFileSync(join(NOTICES, name), 'utf8');

export interface CriterionSpec {
  type: string;
  name: string;
  description?: string;
  /** [BT-5421 code, BT-541 number], e.g. ['per-exa', '33.33']. */
  weight?: [string, string];
  thresholds?: [string, string][];
  fixed?: [string, string][];
}

const parameter = (list: string, [code, number]: [string, string]) =>
  `<efac:AwardCriterionParameter><efbc:ParameterCode listName="${list}">${code}</efbc:ParameterCode><efbc:ParameterNumeric>${number}</efbc:ParameterNumeric></efac:AwardCriterionParameter>`;

function criterionXml(c: CriterionSpec): string {
  const parameters = [
    ...(c.weight ? [parameter('number-weight', c.weight)] : []),
    ...(c.fixed ?? []).map((f) => parameter('number-fixed', f)),
    ...(c.thresholds ?? []).map((t) => parameter('number-threshold', t)),
  ];
  const extension = parameters.length
    ? `<ext:UBLExtensions><ext:UBLExtension><ext:ExtensionContent><efext:EformsExtension>${parameters.join('')}</efext:EformsExtension></ext:ExtensionContent></ext:UBLExtension></ext:UBLExtensions>`
    : '';
  return `<cac:SubordinateAwardingCriterion>${extension}<cbc:AwardingCriterionTypeCode listName="award-criterion-type">${c.type}</cbc:AwardingCriterionTypeCode><cbc:Name languageID="ENG">${c.name}</cbc:Name><cbc:Description languageID="ENG">${c.description ?? `${c.name}, as the tender documents describe it.`}</cbc:Description></cac:SubordinateAwardingCriterion>`;
}

/**
 * The SDK's minimal contract notice (which validates against the eForms schemas) with the given
 * lots, each holding the given award criteria in the place the schema puts them.
 */
export function noticeWith(lots: { title: string; criteria: CriterionSpec[] }[]): string {
  const minimal = readNotice('cn_24_minimal.xml');
  const lotStart = minimal.indexOf('<cac:ProcurementProjectLot>');
  const lotEnd = minimal.indexOf('</cac:ProcurementProjectLot>') + '</cac:ProcurementProjectLot>'.length;
  const template = minimal.slice(lotStart, lotEnd);
  const lotXml = lots.map((lot, index) => {
    const awarding = `<cac:AwardingTerms><cac:AwardingCriterion>${lot.criteria.map(criterionXml).join('')}</cac:AwardingCriterion></cac:AwardingTerms>`;
    return template
      .replace('LOT-0000', `LOT-${String(index + 1).padStart(4, '0')}`)
      .replace(/(<cac:ProcurementProject>\s*<cbc:ID[^>]*>[^<]*<\/cbc:ID>\s*<cbc:Name languageID="ENG">)[^<]*/, `$1${lot.title}`)
      .replace('<cac:TenderRecipientParty>', `${awarding}<cac:TenderRecipientParty>`);
  });
  return minimal.slice(0, lotStart) + lotXml.join('\n') + minimal.slice(lotEnd);
}

const PREFIXES: Record<string, string> = {
  cac: 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2',
  cbc: 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2',
  ext: 'urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2',
  efext: 'http://data.europa.eu/p27/eforms-ubl-extensions/1',
  efac: 'http://data.europa.eu/p27/eforms-ubl-extension-aggregate-components/1',
  efbc: 'http://data.europa.eu/p27/eforms-ubl-extension-basic-components/1',
};
const options = { namespaceResolver: (prefix: string) => PREFIXES[prefix] ?? null };

export interface NoticeLotFacts {
  id: string;
  title: string;
  criteria: { type: string; name: string; weightCode: string; weight: string }[];
}

/**
 * The lots and award criteria of a notice, read with real XPath (fontoxpath over slimdom) along the
 * eForms field definitions (BT-137, BT-21, BT-539, BT-734, BT-5421, BT-541): independent of the
 * import's own reading, so a test compares the tender with what the XML says.
 */
export function noticeFacts(xml: string): { title: string; lots: NoticeLotFacts[] } {
  const document = parseXmlDocument(xml);
  const lots = evaluateXPathToNodes<SlimNode>("/*/cac:ProcurementProjectLot[cbc:ID/@schemeName='Lot']", document, null, null, options);
  const weightPath =
    "ext:UBLExtensions/ext:UBLExtension/ext:ExtensionContent/efext:EformsExtension/efac:AwardCriterionParameter[efbc:ParameterCode/@listName='number-weight']";
  return {
    title: evaluateXPathToString('normalize-space(/*/cac:ProcurementProject/cbc:Name)', document, null, null, options),
    lots: lots.map((lot) => ({
      id: evaluateXPathToString('cbc:ID', lot, null, null, options),
      title: evaluateXPathToString('normalize-space(cac:ProcurementProject/cbc:Name)', lot, null, null, options),
      criteria: evaluateXPathToNodes<SlimNode>(
        'cac:TenderingTerms/cac:AwardingTerms/cac:AwardingCriterion/cac:SubordinateAwardingCriterion',
        lot,
        null,
        null,
        options,
      ).map((c) => ({
        type: evaluateXPathToString('cbc:AwardingCriterionTypeCode', c, null, null, options),
        name: evaluateXPathToString('normalize-space(cbc:Name)', c, null, null, options),
        weightCode: evaluateXPathToStrings(`${weightPath}/efbc:ParameterCode`, c, null, null, options).join(','),
        weight: evaluateXPathToStrings(`${weightPath}/efbc:ParameterNumeric`, c, null, null, options).join(','),
      })),
    })),
  };
}
