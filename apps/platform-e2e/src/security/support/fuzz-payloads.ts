export interface FuzzCase {
  name: string;
  body: string | Buffer;
  contentType: string;
  /** The status the platform must answer; when absent any 4xx will do. */
  expect?: number;
}

const deep = (levels: number): string => '{"a":'.repeat(levels) + '1' + '}'.repeat(levels);
const deepArray = (levels: number): string => '['.repeat(levels) + ']'.repeat(levels);

export const HOSTILE_STRINGS: Record<string, string> = {
  nul: 'before\u0000after',
  loneHighSurrogate: 'broken \ud800 pair',
  loneLowSurrogate: '\udc00 alone',
  rtlOverride: 'invoice\u202Egnp.exe',
  zeroWidth: '\u200b\u200c\u200d\ufeff',
  long10k: 'x'.repeat(10_000),
  emoji: '👩🏽‍⚕️🇵🇭',
  sqlQuote: "' OR '1'='1' --",
  sqlUnion: '1; DROP TABLE identity.person; --',
  sqlComment: "x'/*",
  noSqlOperator: '{"$gt": ""}',
  templateDollar: '${7*7}',
  templateMustache: '{{7*7}}',
  templateErb: '<%= 7*7 %>',
  html: '<script>alert(1)</script>',
  pathTraversal: '../../../../etc/passwd',
  crlf: 'a\r\nX-Injected: 1',
  formatString: '%s%s%s%n',
};

const WRONG_TYPES: Record<string, unknown> = {
  number: 12345,
  negative: -1,
  float: 1.5e308,
  boolean: true,
  null: null,
  array: ['a', 'b'],
  object: { nested: 'x' },
  emptyString: '',
  hugeNumber: 2 ** 64,
};

/** Payloads that are broken as a whole, the same for every endpoint. */
export function wholeBodyCases(): FuzzCase[] {
  const json = 'application/json';
  return [
    { name: 'truncated JSON', body: '{"title": ', contentType: json, expect: 400 },
    { name: 'trailing comma', body: '{"a":1,}', contentType: json, expect: 400 },
    { name: 'bare string', body: '"hello"', contentType: json },
    { name: 'bare number', body: '123', contentType: json },
    { name: 'null', body: 'null', contentType: json },
    { name: 'array', body: '[]', contentType: json },
    { name: 'empty object', body: '{}', contentType: json },
    { name: 'invalid UTF-8', body: Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d]), contentType: json },
    { name: 'UTF-16 declared', body: Buffer.from('{"a":"b"}', 'utf16le'), contentType: 'application/json; charset=utf-16' },
    { name: 'text/plain', body: 'title=hello', contentType: 'text/plain' },
    { name: 'form encoded', body: 'title=hello&gcmObjectives=1', contentType: 'application/x-www-form-urlencoded' },
    { name: 'XML with an external entity', body: '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><x>&xxe;</x>', contentType: 'application/xml' },
    { name: 'multipart', body: '--b\r\nContent-Disposition: form-data; name="title"\r\n\r\nx\r\n--b--', contentType: 'multipart/form-data; boundary=b' },
    { name: 'oversized (1.1 MB)', body: JSON.stringify({ title: 'x'.repeat(1_150_000) }), contentType: json, expect: 413 },
    { name: 'deeply nested object (5 000)', body: deep(5_000), contentType: json },
    { name: 'deeply nested array (5 000)', body: `{"a":${deepArray(5_000)}}`, contentType: json },
    { name: '__proto__ key', body: '{"__proto__":{"polluted":true},"title":"x"}', contentType: json },
    { name: 'constructor.prototype key', body: '{"constructor":{"prototype":{"polluted":true}},"title":"x"}', contentType: json },
    { name: 'mass assignment', body: JSON.stringify({ organisationId: 'state-my', ownerId: 'x', status: 'fulfilled', version: 99, id: '00000000-0000-4000-8000-000000000000' }), contentType: json },
  ];
}

/** Each documented field alone, with a wrong type or a hostile string: always invalid (other required fields are missing). */
export function perFieldCases(fields: string[]): FuzzCase[] {
  const values: Record<string, unknown> = { ...WRONG_TYPES, ...HOSTILE_STRINGS };
  return fields.flatMap((field) =>
    Object.entries(values).map(([name, value]) => ({ name: `${field}=${name}`, body: JSON.stringify({ [field]: value }), contentType: 'application/json' })),
  );
}
