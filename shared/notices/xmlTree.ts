/**
 * A parsed XML element as the notice import sees it: namespace and local name, unprefixed
 * attributes, child elements and the element's own text. The Node side builds it with a strict
 * parser (electron/services/notices/noticeReader.ts); the mapping in this folder only walks it.
 */
export interface XmlElement {
  /** Namespace URI ('' when none). */
  ns: string;
  /** Local name, without prefix. */
  name: string;
  /** Attributes by local name (eForms puts its attributes in no namespace). */
  attributes: Readonly<Record<string, string>>;
  children: XmlElement[];
  /** The text directly inside this element, child elements' text left out. */
  text: string;
}

/** The namespaces of an eForms (UBL 2.3) notice. */
export const NS = {
  contractNotice: 'urn:oasis:names:specification:ubl:schema:xsd:ContractNotice-2',
  cac: 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2',
  cbc: 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2',
  ext: 'urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2',
  efext: 'http://data.europa.eu/p27/eforms-ubl-extensions/1',
  efac: 'http://data.europa.eu/p27/eforms-ubl-extension-aggregate-components/1',
  efbc: 'http://data.europa.eu/p27/eforms-ubl-extension-basic-components/1',
} as const;

type Prefix = Exclude<keyof typeof NS, 'contractNotice'>;

/** "cac:ProcurementProject" -> [namespace, local name]. */
function step(qualified: string): [string, string] {
  const [prefix, name] = qualified.split(':') as [Prefix, string];
  return [NS[prefix], name];
}

/** Child elements matching one qualified name such as "cbc:Name". */
export function childrenNamed(element: XmlElement | undefined, qualified: string): XmlElement[] {
  if (!element) return [];
  const [ns, name] = step(qualified);
  return element.children.filter((c) => c.ns === ns && c.name === name);
}

/**
 * Every element reached by a path of qualified names, e.g. "cac:ProcurementProject/cbc:Name", in
 * document order: a small XPath with child steps only.
 */
export function select(element: XmlElement | undefined, path: string): XmlElement[] {
  let current = element ? [element] : [];
  for (const part of path.split('/')) current = current.flatMap((e) => childrenNamed(e, part));
  return current;
}

export function first(element: XmlElement | undefined, path: string): XmlElement | undefined {
  return select(element, path)[0];
}

/** Text with runs of white space (line breaks of pretty-printed XML) folded to one space. */
export function textOf(element: XmlElement | undefined): string {
  return (element?.text ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * The text of a multilingual field in the notice's language: of the elements at `path`, the one
 * whose languageID is `language`, else the first. Empty when the field is absent.
 */
export function textIn(element: XmlElement | undefined, path: string, language: string): string {
  const all = select(element, path);
  return textOf(all.find((e) => e.attributes.languageID === language) ?? all[0]);
}
