/** The eForms schema check of a notice to import, as one sentence for the user. */
import { validateXsd } from './xsd';

/** Up to this many schema errors are named; a notice with more is plainly not one to fix by hand. */
const NAMED = 3;

/** Element names as xmllint writes them ("{urn:...CommonBasicComponents-2}Name") in their usual prefixed form. */
function prefixed(message: string): string {
  return message
    .replace(
      /\{urn:oasis:names:specification:ubl:schema:xsd:Common(Aggregate|Basic|Extension)Components-2\}/g,
      (_m, kind: string) => ({ Aggregate: 'cac:', Basic: 'cbc:', Extension: 'ext:' })[kind] ?? '',
    )
    .replace(/\{http:\/\/data\.europa\.eu\/p27\/eforms-ubl-extension-(aggregate|basic)-components\/1\}/g, (_m, kind: string) =>
      kind === 'aggregate' ? 'efac:' : 'efbc:',
    )
    .replace(/\{urn:oasis:names:specification:ubl:schema:xsd:ContractNotice-2\}/g, '');
}

/** Why the notice fails the eForms SDK's contract notice schema, or undefined when it passes. */
export async function schemaProblems(xml: string): Promise<string | undefined> {
  const problems = await validateXsd(xml, 'contract-notice');
  if (problems.length === 0) return undefined;
  const named = problems.slice(0, NAMED).map((p) => `${p.line ? `line ${p.line}: ` : ''}${prefixed(p.message)}`);
  const more = problems.length > NAMED ? ` (and ${problems.length - NAMED} more)` : '';
  return `it does not follow the eForms schema, so it was not read. ${named.join('; ')}${more}. Export the notice again from your e-notification tool, or check it with the TED validator.`;
}
