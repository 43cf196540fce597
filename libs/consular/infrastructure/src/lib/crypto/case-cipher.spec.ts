import { randomBytes } from 'node:crypto';
import { CaseCipher } from './case-cipher';
import { CaseKeyring } from './case-keyring';

const key = (id: string) => `${id}:${randomBytes(32).toString('base64')}`;

describe('case encryption (AES-256-GCM)', () => {
  it('seals with the current key and opens with any listed key (rotation)', () => {
    const [k1, k2] = [key('k1'), key('k2')];
    const old = new CaseCipher(CaseKeyring.fromEnv({ ACCORD_CASE_KEYS: k1 }));
    const sealed = old.seal('Rahim Uddin, BD passport A1234567', 'r1:c1');
    expect(Buffer.from(sealed.sealed, 'base64').toString('latin1')).not.toContain('Rahim');
    const rotated = new CaseCipher(CaseKeyring.fromEnv({ ACCORD_CASE_KEYS: `${k2},${k1}` }));
    expect(rotated.open(sealed, 'r1:c1')).toBe('Rahim Uddin, BD passport A1234567');
    expect(rotated.seal('x', 'r1:c1').keyId).toBe('k2');
  });

  it('refuses a record moved to another case, and a key it does not hold', () => {
    const cipher = new CaseCipher(CaseKeyring.fromEnv({ ACCORD_CASE_KEYS: key('k1') }));
    const sealed = cipher.seal('secret', 'r1:c1');
    expect(() => cipher.open(sealed, 'r1:c2')).toThrow();
    expect(() => new CaseCipher(CaseKeyring.fromEnv({ ACCORD_CASE_KEYS: key('k9') })).open(sealed, 'r1:c1')).toThrow(/does not hold/);
  });

  it('refuses malformed keys, and a missing key in production', () => {
    expect(() => CaseKeyring.fromEnv({ ACCORD_CASE_KEYS: 'k1:c2hvcnQ=' })).toThrow(/32 bytes/);
    expect(() => CaseKeyring.fromEnv({ NODE_ENV: 'production' })).toThrow(/required in production/);
  });
});
