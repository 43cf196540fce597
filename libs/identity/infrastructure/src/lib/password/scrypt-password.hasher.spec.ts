import { ScryptPasswordHasher } from './scrypt-password.hasher';

describe('ScryptPasswordHasher', () => {
  const hasher = new ScryptPasswordHasher();

  it('stores scrypt$N$r$p$salt$hash with a 16-byte salt and the default cost', async () => {
    const stored = await hasher.hash('accord-demo-2016');
    const [scheme, N, r, p, salt, key] = stored.split('$');
    expect([scheme, N, r, p]).toEqual(['scrypt', '32768', '8', '1']);
    expect(Buffer.from(salt, 'base64')).toHaveLength(16);
    expect(Buffer.from(key, 'base64')).toHaveLength(32);
  });

  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hasher.hash('correct horse');
    await expect(hasher.verify('correct horse', stored)).resolves.toBe(true);
    await expect(hasher.verify('correct horsE', stored)).resolves.toBe(false);
  });

  it('salts every hash, so equal passwords give different hashes', async () => {
    const [a, b] = await Promise.all([hasher.hash('same'), hasher.hash('same')]);
    expect(a).not.toBe(b);
  });

  it('verifies a hash made with another (stored) cost', async () => {
    const stored = await new ScryptPasswordHasher({ N: 2 ** 14, r: 8, p: 1 }).hash('pw');
    await expect(hasher.verify('pw', stored)).resolves.toBe(true);
  });

  it('refuses malformed hashes and absurd costs instead of running them', async () => {
    await expect(hasher.verify('pw', 'not-a-hash')).resolves.toBe(false);
    await expect(hasher.verify('pw', 'bcrypt$1$2$3$4$5')).resolves.toBe(false);
    await expect(hasher.verify('pw', 'scrypt$4294967296$8$1$AAAA$AAAA')).resolves.toBe(false);
    await expect(hasher.verify('pw', 'scrypt$1000$8$1$AAAA$AAAA')).resolves.toBe(false);
  });
});
