import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CrisisAlert } from '@accord/crisis/domain';
import { InvalidInput, ManualClock } from '@accord/shared/kernel';
import { readCapAlert } from './cap-reader';
import { writeCapAlert } from './cap-writer';
import { validateCap } from './testing/xsd-validator';

// Vendored copies of ../shared/data/cap/samples (see SOURCES.md): the repository must test on its own.
const SAMPLES = join(__dirname, 'samples');
const sample = (name: string) => readFileSync(join(SAMPLES, name));
const clock = new ManualClock(new Date('2011-02-24T08:00:00Z'));
const iom = { organisationId: 'agency-iom', name: 'IOM', kind: 'agency' };

function imported(bytes: Uint8Array, country = 'US') {
  const message = readCapAlert(bytes, { country });
  return { message, alert: CrisisAlert.raise('0b0c1c3e-8d0f-4b52-9f57-2c1a2f0d9a11', iom, message.terms, clock, message.cap) };
}

describe('CAP 1.2 import and export', () => {
  it.each([['oasis-spec-A3-earthquake-update.xml'], ['oasis-spec-A4-amber-alert-en-es.xml'], ['envcanada-update-en-fr.xml']])('round-trips %s: the export validates against the OASIS XSD and keeps the key fields', (name) => {
    const { message, alert } = imported(sample(name));
    const xml = writeCapAlert(alert.snapshot, alert.version);
    const check = validateCap(xml);
    expect(check.output).toContain('validates');
    expect(check.valid).toBe(true);
    const again = readCapAlert(Buffer.from(xml), { country: 'US' });
    expect(again.cap).toEqual(message.cap);
    expect(again.terms).toEqual(message.terms);
  });

  it('keeps both languages of a bilingual alert, with translated area names', () => {
    const { message } = imported(sample('envcanada-update-en-fr.xml'), 'CA');
    expect(message.terms.infos.map((i) => i.language)).toEqual(['en-CA', 'fr-CA']);
    expect(message.terms.infos[1].headline).toBe("veille d'orages violents");
    expect(message.terms.infos[1].areaNames[0]).toBe("Windsor - Leamington - comté d'Essex");
    expect(message.terms.areas[0].polygons[0]).toMatch(/^42\.3481,-82\.9314 /);
    expect(message.cap.msgType).toBe('Update');
  });

  it('exports a native alert, its update and its cancellation as valid CAP (Alert, Update, Cancel)', () => {
    const terms = {
      country: 'LY', kind: 'conflict' as const, severity: 'Extreme' as const, urgency: 'Immediate' as const, certainty: 'Observed' as const, categories: ['Security' as const],
      areas: [{ name: 'Benghazi', polygons: ['32.2,20.0 32.2,20.2 32.0,20.2 32.0,20.0 32.2,20.0'], circles: [] }],
      infos: [{ language: 'en', event: 'Armed conflict', headline: 'Fighting in Benghazi & Tripoli <now>', description: 'Migrant workers stranded.', instruction: 'Go to the port.', areaNames: [] }],
      sources: ['IOM field office'],
    };
    const alert = CrisisAlert.raise('1b0c1c3e-8d0f-4b52-9f57-2c1a2f0d9a11', iom, terms, clock);
    const v1 = writeCapAlert(alert.snapshot, alert.version);
    expect(validateCap(v1).valid).toBe(true);
    expect(v1).toContain('<msgType>Alert</msgType>');
    expect(v1).toContain('<sent>2011-02-24T08:00:00+00:00</sent>');
    expect(v1).toContain('&amp; Tripoli &lt;now&gt;');
    clock.advance(3600_000);
    alert.update('agency-iom', { ...terms, severity: 'Severe' });
    const v2 = writeCapAlert(alert.snapshot, alert.version);
    expect(validateCap(v2).valid).toBe(true);
    expect(v2).toContain('<msgType>Update</msgType>');
    expect(v2).toContain(`<references>agency-iom@accord,urn:accord:alert:${alert.id},2011-02-24T08:00:00+00:00</references>`);
    alert.close('agency-iom', 'cancelled', null);
    const v3 = writeCapAlert(alert.snapshot, alert.version);
    expect(validateCap(v3).valid).toBe(true);
    expect(v3).toContain('<msgType>Cancel</msgType>');
  });

  it('the validator is real: it refuses a message with a bad severity', () => {
    const { alert } = imported(sample('oasis-spec-A3-earthquake-update.xml'));
    expect(validateCap(writeCapAlert(alert.snapshot, 1).replace('<severity>Minor</severity>', '<severity>Huge</severity>')).valid).toBe(false);
  });
});

describe('CAP parsing safety and encodings', () => {
  const A3 = sample('oasis-spec-A3-earthquake-update.xml').toString('utf8');

  it.each([
    ['an external entity (XXE)', '<?xml version="1.0"?>\n<!DOCTYPE alert [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>\n' + A3.replace(/^<\?xml[^>]*>\s*/, '').replace('<identifier>TRI13970876.2', '<identifier>&xxe;')],
    ['a billion-laughs entity', '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]>' + A3.replace(/^<\?xml[^>]*>\s*/, '')],
    ['a bare DOCTYPE with an external DTD', '<!DOCTYPE alert SYSTEM "http://evil.example/cap.dtd">' + A3.replace(/^<\?xml[^>]*>\s*/, '')],
    ['an XInclude', A3.replace('<headline>', '<headline><xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="file:///etc/passwd" parse="text"/>')],
  ])('refuses %s with InvalidInput and reads nothing', (_what, xml) => {
    expect(() => readCapAlert(Buffer.from(xml), { country: 'US' })).toThrow(InvalidInput);
    expect(() => readCapAlert(Buffer.from(xml), { country: 'US' })).toThrow(/DOCTYPE|XInclude/);
  });

  it('reads namespace prefixes and ignores an XML signature', () => {
    const prefixed = `<?xml version="1.0" encoding="UTF-8"?>
<cap:alert xmlns:cap="urn:oasis:names:tc:emergency:cap:1.2" xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
  <cap:identifier>X-1</cap:identifier><cap:sender>a@b.c</cap:sender><cap:sent>2011-02-24T08:00:00+00:00</cap:sent>
  <cap:status>Actual</cap:status><cap:msgType>Alert</cap:msgType><cap:scope>Public</cap:scope>
  <cap:info><cap:category>Security</cap:category><cap:event>Conflict</cap:event><cap:urgency>Immediate</cap:urgency>
    <cap:severity>Extreme</cap:severity><cap:certainty>Observed</cap:certainty><cap:headline>Tripoli &amp; Benghazi</cap:headline>
    <cap:area><cap:areaDesc>Tripoli</cap:areaDesc></cap:area></cap:info>
  <ds:Signature><ds:SignedInfo><ds:Reference URI=""/></ds:SignedInfo><ds:SignatureValue>AAAA</ds:SignatureValue></ds:Signature>
</cap:alert>`;
    const { terms, cap } = readCapAlert(Buffer.from(prefixed), { country: 'LY' });
    expect(cap.identifier).toBe('X-1');
    expect(terms.kind).toBe('conflict');
    expect(terms.infos[0].headline).toBe('Tripoli & Benghazi');
    expect(terms.areas).toEqual([{ name: 'Tripoli', polygons: [], circles: [] }]);
  });

  it('decodes a document declared ISO-8859-1 by its declaration', () => {
    const latin1 = Buffer.from(
      A3.replace('encoding = "UTF-8"', 'encoding="ISO-8859-1"').replace('<headline>EQ 3.4 Imperial County CA</headline>', '<headline>Séisme près de Brawley — ça tremble</headline>').replace(' — ', ' - '),
      'latin1',
    );
    expect(latin1.includes(Buffer.from([0xe9]))).toBe(true);
    const { terms } = readCapAlert(latin1, { country: 'US' });
    expect(terms.infos[0].headline).toBe('Séisme près de Brawley - ça tremble');
  });

  it('refuses bytes that are not valid in the declared encoding, and unknown encodings', () => {
    const bad = Buffer.concat([Buffer.from(A3.slice(0, 200)), Buffer.from([0xff, 0xfe, 0xfd]), Buffer.from(A3.slice(200))]);
    expect(() => readCapAlert(bad, { country: 'US' })).toThrow(/not valid utf-8/);
    expect(() => readCapAlert(Buffer.from(A3.replace('encoding = "UTF-8"', 'encoding="x-klingon"')), { country: 'US' })).toThrow(/cannot read/);
  });

  it('refuses a document that is not CAP 1.2, or not well-formed', () => {
    expect(() => readCapAlert(Buffer.from('<alert><identifier>x</identifier></alert>'), { country: 'US' })).toThrow(/not a CAP 1.2 message/);
    expect(() => readCapAlert(Buffer.from(A3.replace('</info>', '')), { country: 'US' })).toThrow(/well-formed/);
  });
});
