/** The three parts of a compact JWS, with header and payload decoded; null when it is not one. */
export interface CompactJwt {
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
  signingInput: Buffer;
  signature: Buffer;
}

const PART = /^[A-Za-z0-9_-]+$/;

export function parseCompactJwt(token: string): CompactJwt | null {
  const parts = token.split('.');
  if (parts.length !== 3 || !parts.every((p) => PART.test(p))) return null;
  const header = decodeJson(parts[0]);
  const payload = decodeJson(parts[1]);
  if (!header || !payload) return null;
  return { header, payload, signingInput: Buffer.from(`${parts[0]}.${parts[1]}`, 'ascii'), signature: Buffer.from(parts[2], 'base64url') };
}

/** The `alg` of a token's header without verifying anything: only to pick which verifier to use. */
export function jwtAlgorithm(token: string): string | null {
  const first = token.split('.', 1)[0];
  const header = first && PART.test(first) ? decodeJson(first) : null;
  return typeof header?.['alg'] === 'string' ? header['alg'] : null;
}

function decodeJson(part: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
