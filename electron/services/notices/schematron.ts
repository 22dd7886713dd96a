/**
 * The eForms SDK's business rules for award criteria, run with node-schematron on fontoxpath: the
 * stage-5 rules (validation-stage-5.sch) whose context is a lot's or group of lots' awarding terms,
 * and the contract notice's (subtype 16) stage-4 rules on the award-criteria fields and the lot's
 * strategic procurement, from the SDK's extract of those asserts. The rest of the SDK checks parts of
 * a notice the app does not write (procedure, dates, organisations), which the buyer completes in the
 * e-notification tool.
 *
 * node-schematron's own driver evaluates every rule context once per node of the document (`//(ctx)`),
 * which takes seconds on a notice with a few hundred criteria; the SDK's contexts are absolute paths,
 * so each is evaluated once here and its asserts run on the nodes it selects.
 */
import { evaluateXPathToNodes, evaluateXPathToNumber, evaluateXPathToString } from 'fontoxpath';
import { Schema } from 'node-schematron';
import { parseXmlDocument, type Node } from 'slimdom';
import { EFORMS_SDK_FOLDER, standardFile } from './standards';

export const EFORMS_NAMESPACES = {
  cac: 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2',
  cbc: 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2',
  ext: 'urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2',
  efac: 'http://data.europa.eu/p27/eforms-ubl-extension-aggregate-components/1',
  efext: 'http://data.europa.eu/p27/eforms-ubl-extensions/1',
  efbc: 'http://data.europa.eu/p27/eforms-ubl-extension-basic-components/1',
} as const;

const options = {
  namespaceResolver: (prefix?: string | null) => (prefix ? ((EFORMS_NAMESPACES as Record<string, string>)[prefix] ?? null) : null),
};

export interface RuleFailure {
  /** The SDK's rule id, e.g. "BR-BT-00541-0400". */
  ruleId: string;
  /** The field or node the SDK reports the rule against, e.g. "BT-543-Lot". */
  field: string;
  /** The notice's lot id ("LOT-0001"), when the failing node is inside a lot. */
  lotId?: string;
  /** 1-based position of the criterion in its lot's awarding terms, when the failing node is one. */
  criterionNumber?: number;
}

interface LoadedRules {
  schemas: Schema[];
  fields: Map<string, string>;
}

/** The notice subtype the stage-4 rules are taken for: a contract notice, standard regime. */
export const CONTRACT_NOTICE_SUBTYPE = '16';

let loaded: Promise<LoadedRules> | undefined;

const RULE = /<rule context="([^"]*)">[\s\S]*?<\/rule>/g;
const ASSERT = /<assert id="([^"]+)"([^>]*?) test=/g;
const DIAGNOSTICS = /diagnostics="([^"]*)"/;

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}

const EXTRACT_ENTRY = /^=== (\S+) role=\S+(?: diagnostics=(\S+))?\n files: (.*)\n context: (.*)\n test: (.*)$/gm;

/** The extract's asserts of the subtype's stage-4 file on award criteria and strategic procurement, as rules. */
function stage4Rules(extract: string, fields: Map<string, string>): string[] {
  const rules: string[] = [];
  for (const [, id = '', field = '', files = '', context = '', test = ''] of extract.matchAll(EXTRACT_ENTRY)) {
    if (!files.split(/,\s*/).includes(`validation-stage-4-${CONTRACT_NOTICE_SUBTYPE}.sch`)) continue;
    if (!/cac:AwardingTerms|cac:ProcurementAdditionalType/.test(context)) continue;
    fields.set(id, field);
    rules.push(`<rule context="${escapeAttribute(context)}"><assert id="${id}" test="${escapeAttribute(test)}">${id}</assert></rule>`);
  }
  return rules;
}

function schemaOf(rules: readonly string[]): Schema {
  const ns = Object.entries(EFORMS_NAMESPACES)
    .map(([prefix, uri]) => `<ns prefix="${prefix}" uri="${uri}"/>`)
    .join('');
  return Schema.fromString(`<schema xmlns="http://purl.oclc.org/dsdl/schematron">${ns}<pattern>${rules.join('\n')}</pattern></schema>`);
}

/** The award-criteria rules as Schematron schemas, parsed once. */
function loadRules(): Promise<LoadedRules> {
  loaded ??= (async () => {
    const [stage5, extract] = await Promise.all([
      standardFile(`${EFORMS_SDK_FOLDER}/schematrons/validation-stage-5.sch`),
      standardFile(`${EFORMS_SDK_FOLDER}/schematrons/award-criteria-schematron-asserts-sdk-1.15.1.txt`),
    ]);
    const rules = [...stage5.matchAll(RULE)].filter((match) => match[1]?.includes('cac:AwardingTerms')).map((match) => match[0]);
    const fields = new Map<string, string>();
    for (const rule of rules)
      for (const assert of rule.matchAll(ASSERT)) fields.set(assert[1] ?? '', DIAGNOSTICS.exec(assert[2] ?? '')?.[1] ?? '');
    const subtypeRules = stage4Rules(extract, fields);
    if (rules.length === 0 || subtypeRules.length === 0)
      throw new Error('The eForms award-criteria rules are missing from resources/standards.');
    return { schemas: [schemaOf(rules), schemaOf(subtypeRules)], fields };
  })();
  loaded.catch(() => (loaded = undefined));
  return loaded;
}

/** Every rule id that validateAwardCriteriaRules checks. */
export async function awardCriteriaRuleIds(): Promise<string[]> {
  return [...(await loadRules()).fields.keys()];
}

/** A lone lot (the lots fragment) sits under a stand-in root, as the rules' `/*\/cac:ProcurementProjectLot` expects. */
function asNotice(xml: string): string {
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  return /^<cac:ProcurementProjectLot[\s>]/.test(body) ? `<LotsFragment>${body}</LotsFragment>` : body;
}

const SUBTYPE =
  '/*/ext:UBLExtensions/ext:UBLExtension/ext:ExtensionContent/efext:EformsExtension/efac:NoticeSubType/cbc:SubTypeCode/normalize-space(text())';

function whereIs(node: Node): Pick<RuleFailure, 'lotId' | 'criterionNumber'> {
  const lotId = evaluateXPathToString('ancestor-or-self::cac:ProcurementProjectLot/cbc:ID', node, null, {}, options);
  const inCriterion = evaluateXPathToNodes('ancestor-or-self::cac:SubordinateAwardingCriterion', node, null, {}, options).length > 0;
  const criterionNumber = inCriterion
    ? evaluateXPathToNumber(
        'count(ancestor-or-self::cac:SubordinateAwardingCriterion/preceding-sibling::cac:SubordinateAwardingCriterion) + 1',
        node,
        null,
        {},
        options,
      )
    : undefined;
  return { ...(lotId ? { lotId } : {}), ...(criterionNumber !== undefined ? { criterionNumber } : {}) };
}

/**
 * The award-criteria rules `xml` breaks (empty when it keeps them all). `xml` is a contract notice
 * or a lone `cac:ProcurementProjectLot`; it must be well-formed (validate it against the XSD first).
 */
export async function validateAwardCriteriaRules(xml: string): Promise<RuleFailure[]> {
  const { schemas, fields } = await loadRules();
  const document = parseXmlDocument(asNotice(xml));
  // A lots fragment has no subtype of its own: it is checked as part of a contract notice.
  const declared = evaluateXPathToString(SUBTYPE, document, null, {}, options);
  const variables = { noticeSubType: declared || CONTRACT_NOTICE_SUBTYPE };
  const failures: RuleFailure[] = [];
  for (const pattern of schemas.flatMap((schema) => schema.patterns)) {
    for (const rule of pattern.rules) {
      for (const node of evaluateXPathToNodes(rule.context, document, null, variables, options)) {
        for (const result of rule.validateNode(node as Node, variables, options)) {
          const ruleId = result.assertId ?? 'unnamed rule';
          failures.push({ ruleId, field: fields.get(ruleId) ?? '', ...whereIs(node as Node) });
        }
      }
    }
  }
  return failures;
}
