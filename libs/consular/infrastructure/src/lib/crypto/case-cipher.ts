import { AeadCipher, Keyring, KeyringSource } from '@accord/shared/crypto';

export const CASE_KEYS: KeyringSource = { variable: 'ACCORD_CASE_KEYS', protects: 'consular case data' };

/** The cipher of consular case files (AES-256-GCM under ACCORD_CASE_KEYS); its own class so it is its own provider. */
export class CaseCipher extends AeadCipher {
  static fromEnv(env: NodeJS.ProcessEnv = process.env): CaseCipher {
    return new CaseCipher(Keyring.fromEnv(CASE_KEYS, env));
  }
}
