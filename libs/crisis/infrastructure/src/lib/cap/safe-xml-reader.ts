import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { InvalidInput } from '@accord/shared/kernel';
import { decodeXmlBytes } from './xml-bytes-decoder';

export type XmlNode = string | { [name: string]: XmlNode | XmlNode[] };

const FORBIDDEN = /<!DOCTYPE|<!ENTITY|<!ELEMENT|<!ATTLIST|http:\/\/www\.w3\.org\/2001\/XInclude/i;

/**
 * XML in, plain objects out, with no entity expansion, no DTD and no XInclude (XXE, billion laughs):
 * a document that so much as declares one is refused before any parsing. Namespace prefixes are
 * dropped, so `cap:alert` and `alert` read alike.
 */
export function readXml(bytes: Uint8Array, repeated: readonly string[]): Record<string, XmlNode> {
  const text = decodeXmlBytes(bytes);
  if (FORBIDDEN.test(text)) throw new InvalidInput('body', 'XML with a DOCTYPE, entity declarations or XInclude is refused');
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new InvalidInput('body', `the body is not well-formed XML (line ${valid.err.line}: ${valid.err.msg})`);
  const parser = new XMLParser({
    removeNSPrefix: true,
    processEntities: false,
    htmlEntities: false,
    ignoreAttributes: true,
    ignoreDeclaration: true,
    ignorePiTags: true,
    parseTagValue: false,
    trimValues: true,
    isArray: (name) => repeated.includes(name),
  });
  return parser.parse(text) as Record<string, XmlNode>;
}
