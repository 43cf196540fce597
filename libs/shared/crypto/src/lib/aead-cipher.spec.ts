import { randomBytes } from 'node:crypto';
import { AeadCipher } from './aead-cipher';
import { Keyring } from './keyring';

const key = (id: string) => `${id}:${randomBytes(32).toString('base64')}`;
const CASES = { variable: 'ACCORD_CASE_KEYS', protects: 'case data' };

describe('AES-256-GCM under an environment keyring', () => {
  it('seals with the current key and opens with any listed key (rotation)', () => {
    const [k1, k2] = [key('k1'), key('k2')];
    const old = new AeadCipher(Keyring.fromEnv(CASES, { ACCORD_CASE_KEYS: k1 }));
    const sealed = old.seal('Rahim Uddin, BD passport A1234567', 'r1:c1');
    expect(Buffer.from(sealed.sealed, 'base64').toString('latin1')).not.toContain('Rahim');
    const rotated = new AeadCipher(Keyring.fromEnv(CASES, { ACCORD_CASE_KEYS: `${k2},${k1}` }));
    expect(rotated.open(sealed, 'r1:c1')).toBe('Rahim Uddin, BD passport A1234567');
    expect(rotated.seal('x', 'r1:c1').keyId).toBe('k2');
    expect(rotated.currentKeyId).toBe('k2');
  });

  it('refuses a record moved to another owner, and a key it does not hold', () => {
    const cipher = new AeadCipher(Keyring.fromEnv(CASES, { ACCORD_CASE_KEYS: key('k1') }));
    const sealed = cipher.seal('secret', 'r1:c1');
    expect(() => cipher.open(sealed, 'r1:c2')).toThrow();
    expect(() => new AeadCipher(Keyring.fromEnv(CASES, { ACCORD_CASE_KEYS: key('k9') })).open(sealed, 'r1:c1')).toThrow(/does not hold/);
  });

  it('refuses malformed keys naming the variable, and a missing key in production', () => {
    expect(() => Keyring.fromEnv(CASES, { ACCORD_CASE_KEYS: 'k1:c2hvcnQ=' })).toThrow(/ACCORD_CASE_KEYS entries .* 32 bytes/);
    expect(() => Keyring.fromEnv({ variable: 'ACCORD_WEBHOOK_KEYS', protects: 'webhook secrets' }, { NODE_ENV: 'production', DATABASE_URL: 'postgres://db/accord' })).toThrow(
      /ACCORD_WEBHOOK_KEYS is required in production/,
    );
  });

  it('without a key outside production, makes a key for this process only', () => {
    const ring = Keyring.fromEnv(CASES, {});
    expect(ring.current.id).toMatch(/^dev-[0-9a-f]{6}$/);
    expect(ring.current.key).toHaveLength(32);
  });
});
