/**
 * The eForms SDK's stage-5 business rules whose context is a lot's (or group of lots') awarding
 * terms, run with node-schematron on fontoxpath. Only these rules are run: the rest of stage 5 checks
 * parts of a notice the app does not write (procedure, dates, organisations), which the buyer
 * completes in the e-notification tool.
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
  namespaceResolver: (prefix?: string | null) => (prefix ? (EFORMS_NAMESPACES as Record<string, string>)[prefix] ?? null : null),
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
  schema: Schema;
  fields: Map<string, string>;
}

let loaded: Promise<LoadedRules> | undefined;

const RULE = /<rule context="([^"]*)">[\s\S]*?<\/rule>/g;
const ASSERT = /<assert id="([^"]+)"([^>]*?) test=/g;
const DIAGNOSTICS = /diagnostics="([^"]*)"/;

/** The awarding-terms rules of validation-stage-5.sch as a Schematron schema of their own. */
function loadRules(): Promise<LoadedRules> {
  loaded ??= (async () => {
    const stage5 = await standardFile(`${EFORMS_SDK_FOLDER}/schematrons/validation-stage-5.sch`);
    const rules = [...stage5.matchAll(RULE)].filter((match) => match[1]?.includes('cac:AwardingTerms')).map((match) => match[0]);
    if (rules.length === 0) throw new Error('The eForms award-criteria rules are missing from validation-stage-5.sch.');
    const fields = new Map<string, string>();
    for (const rule of rules) for (const assert of rule.matchAll(ASSERT)) fields.set(assert[1] ?? '', DIAGNOSTICS.exec(assert[2] ?? '')?.[1] ?? '');
    const ns = Object.entries(EFORMS_NAMESPACES)
      .map(([prefix, uri]) => `<ns prefix="${prefix}" uri="${uri}"/>`)
      .join('');
    const schema = Schema.fromString(`<schema xmlns="http://purl.oclc.org/dsdl/schematron">${ns}<pattern id="awarding-terms">${rules.join('\n')}</pattern></schema>`);
    return { schema, fields };
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

function whereIs(node: Node): Pick<RuleFailure, 'lotId' | 'criterionNumber'> {
  const lotId = evaluateXPathToString('ancestor-or-self::cac:ProcurementProjectLot/cbc:ID', node, null, {}, options);
  const inCriterion = evaluateXPathToNodes('ancestor-or-self::cac:SubordinateAwardingCriterion', node, null, {}, options).length > 0;
  const criterionNumber = inCriterion
    ? evaluateXPathToNumber('count(ancestor-or-self::cac:SubordinateAwardingCriterion/preceding-sibling::cac:SubordinateAwardingCriterion) + 1', node, null, {}, options)
    : undefined;
  return { ...(lotId ? { lotId } : {}), ...(criterionNumber !== undefined ? { criterionNumber } : {}) };
}

/**
 * The award-criteria rules `xml` breaks (empty when it keeps them all). `xml` is a contract notice
 * or a lone `cac:ProcurementProjectLot`; it must be well-formed (validate it against the XSD first).
 */
export async function validateAwardCriteriaRules(xml: string): Promise<RuleFailure[]> {
  const { schema, fields } = await loadRules();
  const document = parseXmlDocument(asNotice(xml));
  const failures: RuleFailure[] = [];
  for (const pattern of schema.patterns) {
    for (const rule of pattern.rules) {
      for (const node of evaluateXPathToNodes(rule.context, document, null, {}, options)) {
        for (const result of rule.validateNode(node as Node, {}, options)) {
          const ruleId = result.assertId ?? 'unnamed rule';
          failures.push({ ruleId, field: fields.get(ruleId) ?? '', ...whereIs(node as Node) });
        }
      }
    }
  }
  return failures;
}
