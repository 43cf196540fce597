import { InvalidInput } from '@accord/shared/kernel';

const DECLARED = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z][A-Za-z0-9._-]{0,39})["']/;

/**
 * Decodes an XML document by its BOM or its declaration (XML 1.0 appendix F): feeds in the wild come
 * in ISO-8859-1 and windows-1252 as often as UTF-8. Undecodable bytes are refused, not replaced.
 */
export function decodeXmlBytes(bytes: Uint8Array): string {
  const label = bomEncoding(bytes) ?? declaredEncoding(bytes) ?? 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, { fatal: true });
  } catch {
    throw new InvalidInput('body', `the XML declares an encoding this service cannot read: ${label}`);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw new InvalidInput('body', `the XML body is not valid ${label}`);
  }
}

function bomEncoding(b: Uint8Array): string | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return null;
}

// The declaration is ASCII in every ASCII-compatible encoding, so latin1 reads it safely.
function declaredEncoding(b: Uint8Array): string | null {
  const head = Buffer.from(b.subarray(0, 200)).toString('latin1');
  return DECLARED.exec(head)?.[1].toLowerCase() ?? null;
}
