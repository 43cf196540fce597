const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * The parser runs with entity processing off, so text arrives with references intact. Only the five
 * predefined entities and character references are expanded here; anything else stays literal text
 * (a DTD could have declared it, and DTDs are refused before parsing).
 */
export function decodeXmlText(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|lt|gt|amp|quot|apos);/g, (whole, ref: string) => {
    if (ref.startsWith('#x')) return codePoint(parseInt(ref.slice(2), 16)) ?? whole;
    if (ref.startsWith('#')) return codePoint(parseInt(ref.slice(1), 10)) ?? whole;
    return NAMED[ref] ?? whole;
  });
}

function codePoint(n: number): string | null {
  return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : null;
}

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&${Object.keys(NAMED).find((k) => NAMED[k] === c)};`);
}
