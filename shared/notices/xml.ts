/** Writing XML text safely: every value passes the XML-safe sanitiser, then markup is escaped. */
import { xmlSafeText } from '../rules/xmlSafeText';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Text for element content or an attribute value. Line breaks are written as character references,
 * so indenting the document never changes a text.
 */
export function xmlText(value: string): string {
  return xmlSafeText(value)
    .replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch)
    .replace(/\n/g, '&#10;');
}

export type Attributes = Record<string, string>;

function attributes(attrs: Attributes | undefined): string {
  if (!attrs) return '';
  return Object.entries(attrs)
    .map(([name, value]) => ` ${name}="${xmlText(value)}"`)
    .join('');
}

/** `<name attrs>text</name>`: a leaf element with escaped text. */
export function leaf(name: string, text: string, attrs?: Attributes): string {
  return `<${name}${attributes(attrs)}>${xmlText(text)}</${name}>`;
}

/** `<name attrs>children</name>`, the children already XML, indented one level per nesting. */
export function node(name: string, children: readonly string[], attrs?: Attributes): string {
  const inner = children.filter((c) => c !== '');
  if (inner.length === 0) return `<${name}${attributes(attrs)}/>`;
  return `<${name}${attributes(attrs)}>\n${inner.map((c) => c.replace(/^/gm, '  ')).join('\n')}\n</${name}>`;
}
