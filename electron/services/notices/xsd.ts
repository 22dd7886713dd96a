/**
 * XSD validation of eForms XML against the SDK's schemas with xmllint-wasm (libxml2 compiled to
 * WebAssembly: no native build). Used by the notice exports before a file is written and by the
 * notice import before anything is read from a file.
 */
import { validateXML, type XMLFileInfo } from 'xmllint-wasm';
import { EFORMS_SDK_FOLDER, standardFile } from './standards';

/** A whole contract notice, or a lone `cac:ProcurementProjectLot` (the lots fragment). */
export type XsdDocumentKind = 'contract-notice' | 'lot';

export interface XsdProblem {
  /** Line in the validated XML, or 0 when xmllint names none. */
  line: number;
  message: string;
}

const COMMON = [
  'BDNDR-CCTS_CCT_SchemaModule-1.1.xsd',
  'BDNDR-UnqualifiedDataTypes-1.1.xsd',
  'EFORMS-ExtensionAggregateComponents-2.3.xsd',
  'EFORMS-ExtensionApex-2.3.xsd',
  'EFORMS-ExtensionBasicComponents-2.3.xsd',
  'UBL-CommonAggregateComponents-2.3.xsd',
  'UBL-CommonBasicComponents-2.3.xsd',
  'UBL-CommonExtensionComponents-2.3.xsd',
  'UBL-ExtensionContentDataType-2.3.xsd',
  'UBL-QualifiedDataTypes-2.3.xsd',
] as const;
const CONTRACT_NOTICE = 'UBL-ContractNotice-2.3.xsd';
/** UBL declares every aggregate as a global element, so this schema validates a lone lot. */
const AGGREGATES = 'UBL-CommonAggregateComponents-2.3.xsd';

interface SchemaSet {
  files: Map<string, XMLFileInfo>;
}

let schemas: Promise<SchemaSet> | undefined;

/**
 * The schema files as xmllint's in-memory files, loaded once. xmllint-wasm's file system has one
 * folder, so the contract notice's "../common/" imports are pointed at the same folder.
 */
function loadSchemas(): Promise<SchemaSet> {
  schemas ??= (async () => {
    const files = new Map<string, XMLFileInfo>();
    await Promise.all(
      COMMON.map(async (name) => {
        files.set(name, { fileName: name, contents: await standardFile(`${EFORMS_SDK_FOLDER}/schemas/common/${name}`) });
      }),
    );
    const notice = await standardFile(`${EFORMS_SDK_FOLDER}/schemas/maindoc/${CONTRACT_NOTICE}`);
    files.set(CONTRACT_NOTICE, {
      fileName: CONTRACT_NOTICE,
      contents: notice.replaceAll('schemaLocation="../common/', 'schemaLocation="'),
    });
    return { files };
  })();
  schemas.catch(() => (schemas = undefined));
  return schemas;
}

const DOCUMENT_NAME = 'notice.xml';

const ROOT_ELEMENT: Record<XsdDocumentKind, { localName: string; namespace: string; label: string }> = {
  'contract-notice': {
    localName: 'ContractNotice',
    namespace: 'urn:oasis:names:specification:ubl:schema:xsd:ContractNotice-2',
    label: 'an eForms contract notice',
  },
  lot: {
    localName: 'ProcurementProjectLot',
    namespace: 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2',
    label: 'an eForms lot (cac:ProcurementProjectLot)',
  },
};

/** The first element's tag, past the XML declaration, comments and processing instructions. */
function rootTag(xml: string): { prefix: string; localName: string; tag: string } | undefined {
  const match = /^(?:\s|<\?[\s\S]*?\?>|<!--[\s\S]*?-->)*<(?:([\w.-]+):)?([\w.-]+)([^>]*)>/.exec(xml);
  return match ? { prefix: match[1] ?? '', localName: match[2] ?? '', tag: match[3] ?? '' } : undefined;
}

/**
 * The schemas hold every UBL aggregate as a global element, so xmllint alone accepts a lone lot as a
 * "contract notice": the root element is checked as well.
 */
function wrongRoot(xml: string, kind: XsdDocumentKind): XsdProblem | undefined {
  const expected = ROOT_ELEMENT[kind];
  const root = rootTag(xml);
  const declared = root ? new RegExp(`xmlns${root.prefix ? `:${root.prefix}` : ''}="([^"]*)"`).exec(root.tag)?.[1] : undefined;
  if (root?.localName === expected.localName && (declared === undefined || declared === expected.namespace)) return undefined;
  return {
    line: 1,
    message: `The document is not ${expected.label}: its first element is ${root ? `<${root.prefix ? `${root.prefix}:` : ''}${root.localName}>` : 'missing'}.`,
  };
}

/** "notice.xml:12: Schemas validity error : Element '{ns}Name': ..." without the file and noise. */
function cleanMessage(message: string): string {
  return message.replace(/^(Schemas validity error|parser error|namespace error)\s*:\s*/i, '').trim();
}

/**
 * Problems xmllint finds in `xml` against the eForms SDK's schemas (empty when it is valid). A
 * document that is not even well-formed is reported the same way, with its parser error.
 */
export async function validateXsd(xml: string, kind: XsdDocumentKind): Promise<XsdProblem[]> {
  const { files } = await loadSchemas();
  const rootName = kind === 'contract-notice' ? CONTRACT_NOTICE : AGGREGATES;
  const root = files.get(rootName);
  if (!root) throw new Error(`The schema ${rootName} is missing.`);
  const result = await validateXML({
    xml: { fileName: DOCUMENT_NAME, contents: xml },
    schema: root,
    preload: [...files.values()].filter((file) => file !== root),
    // Large tenders (hundreds of criteria) outgrow the default 32 MB.
    maxMemoryPages: 2048,
  });
  if (result.valid) {
    const root = wrongRoot(xml, kind);
    return root ? [root] : [];
  }
  const problems = result.errors
    .filter((error) => !/fails to validate$/.test(error.message))
    .map((error) => ({ line: error.loc?.fileName === DOCUMENT_NAME ? error.loc.lineNumber : 0, message: cleanMessage(error.message) }));
  return problems.length > 0 ? problems : [{ line: 0, message: 'The document does not match the eForms schema.' }];
}
