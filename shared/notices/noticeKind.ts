import { NS, first, textOf, type XmlElement } from './xmlTree';

/** eForms notices are tens of kilobytes (the SDK's maximal example is 75 kB): 5 MB leaves room and keeps a runaway file out. */
export const MAX_NOTICE_BYTES = 5 * 1024 * 1024;

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toLocaleString('en-GB', { maximumFractionDigits: 1 })} MB`;

/** Why a file of `bytes` bytes is not read as a notice, or undefined; checked before the file is read. */
export function noticeSizeProblem(bytes: number): string | undefined {
  if (bytes === 0) return 'The file is empty. Choose the contract notice’s XML file.';
  if (bytes <= MAX_NOTICE_BYTES) return undefined;
  return `The file is ${megabytes(bytes)}, larger than the ${megabytes(MAX_NOTICE_BYTES)} a contract notice can be here (eForms notices are usually well under 1 MB), so it was not read. Check that you chose the notice’s XML file.`;
}

/** The eForms SDK versions whose notices the import reads: "eforms-sdk-1.0" to "eforms-sdk-1.99". */
const EFORMS_CUSTOMIZATION = /^eforms-sdk-1\.\d{1,2}$/;

/** Roots of the other UBL notices eForms uses, named in the user's words. */
const OTHER_EFORMS_ROOTS: Record<string, string> = {
  ContractAwardNotice: 'a contract award notice',
  PriorInformationNotice: 'a prior information notice',
};

/**
 * Why a parsed document is not an eForms contract notice the import can start a tender from, or
 * undefined when it is one. Checked before the schema check so that a TED notice of the old
 * format, or any other XML, gets a plain answer instead of a list of schema errors.
 */
export function contractNoticeProblem(root: XmlElement): string | undefined {
  if (root.name === 'ContractNotice' && root.ns === NS.contractNotice) {
    const customization = textOf(first(root, 'cbc:CustomizationID'));
    if (!customization) {
      return 'This contract notice does not say which eForms version it follows (its CustomizationID is missing), so it is not an eForms notice the import can read.';
    }
    if (!EFORMS_CUSTOMIZATION.test(customization)) {
      return `This contract notice follows “${customization.slice(0, 60)}”, not an eForms SDK 1.x version, so the import cannot read it. Export the notice from your e-notification tool as eForms XML.`;
    }
    return undefined;
  }
  const other = OTHER_EFORMS_ROOTS[root.name];
  if (other && root.ns.startsWith('urn:oasis:names:specification:ubl:schema:xsd:')) {
    return `This file is ${other}, not a contract notice. Only a contract notice holds the lots and award criteria to start a tender from.`;
  }
  if (/^(TED_EXPORT|TED_ESENDERS|F\d\d_2014)$/.test(root.name)) {
    return 'This is a TED notice in the format used before eForms (2014 standard forms), not an eForms notice. Only eForms contract notices can be imported.';
  }
  const named = root.name.slice(0, 60);
  return `This XML file is not an eForms contract notice: its top element is “${named}”${root.ns ? ` in the namespace “${root.ns.slice(0, 100)}”` : ''}, where an eForms contract notice starts with “ContractNotice” in the UBL namespace.`;
}
