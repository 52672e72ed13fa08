// A small typed tree over fast-xml-parser's preserveOrder output, which is arrays of one-key objects
// with attributes under ":@". Kept rather than a DOM: tried on Node 20, @xmldom/xmldom 0.9.12 turns
// the out-of-range reference &#1114112; into "\udc00\udc00" without a word, where this refuses it;
// and fast-xml-parser 5.12.1 on its own leaves &#38; undecoded, or with htmlEntities decodes HTML's
// &copy; too and passes &bogus; through. So entities are decoded here, strictly, in 15 lines.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { SyncError } from './errors.ts';

/** A plain element tree: text stays byte for byte what the file says, after entity decoding. */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
}
export type XmlNode = XmlElement | string;

// preserveOrder keeps mixed content and xref order; trimValues:false keeps IANA's line breaks and
// indentation inside descriptions; parseTagValue:false keeps "3227" a string. Entities are decoded
// here rather than by the parser, whose decoder leaves numeric references (&#38;) alone by default.
const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  cdataPropName: '#cdata',
});

type OrderedNode = Record<string, unknown> & { ':@'?: Record<string, string> };

/** Parses a whole XML document and returns its root element. Throws SyncError when it is not XML. */
export function parseXml(raw: string, source: string): XmlElement {
  // XML 1.0 section 2.11: a parser hands CRLF and lone CR over as LF. A leading BOM is not content.
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    const { msg, line, col } = valid.err;
    const where = col === undefined ? `line ${line}` : `line ${line}, column ${col}`;
    throw new SyncError(`${source} is not XML (${where}: ${msg.replace(/\.$/, '')}); pass IANA's websocket.xml with --from`);
  }
  const roots = convert(parser.parse(text) as OrderedNode[], source).filter((n): n is XmlElement => typeof n !== 'string');
  if (roots.length !== 1) {
    throw new SyncError(`${source} is not XML: it has ${roots.length} root elements where a document has exactly one; pass IANA's websocket.xml with --from`);
  }
  return roots[0]!;
}

function convert(nodes: readonly OrderedNode[], source: string): XmlNode[] {
  return nodes.map((node) => {
    if ('#text' in node) return decodeEntities(String(node['#text']), source);
    if ('#cdata' in node) return (node['#cdata'] as OrderedNode[]).map((t) => String(t['#text'] ?? '')).join('');
    const name = Object.keys(node).find((k) => k !== ':@')!;
    const attributes = Object.fromEntries(Object.entries(node[':@'] ?? {}).map(([k, v]) => [k, decodeEntities(String(v), source)]));
    return { name, attributes, children: convert(node[name] as OrderedNode[], source) };
  });
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML's five named entities and numeric character references; anything else is an error. */
export function decodeEntities(raw: string, source: string): string {
  return raw.replace(/&(#[xX][0-9a-fA-F]+|#[0-9]+|[^;\s&]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const codePoint = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (codePoint > 0x10ffff) throw new SyncError(`${source}: ${whole} is not a character; IANA's file should not contain it`);
      return String.fromCodePoint(codePoint);
    }
    const value = NAMED_ENTITIES[ref];
    if (value === undefined) throw new SyncError(`${source}: unknown entity ${whole}; IANA's XML uses only &amp; &lt; &gt; &quot; &apos;`);
    return value;
  });
}

export const elements = (parent: XmlElement, name?: string): XmlElement[] =>
  parent.children.filter((c): c is XmlElement => typeof c !== 'string' && (name === undefined || c.name === name));

export const firstElement = (parent: XmlElement, name: string): XmlElement | undefined => elements(parent, name)[0];

/** The text of an element exactly as written (its text children joined); nested elements are skipped. */
export const ownText = (element: XmlElement): string =>
  element.children.filter((c): c is string => typeof c === 'string').join('');
