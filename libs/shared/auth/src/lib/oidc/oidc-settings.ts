export interface OidcSettings {
  issuer: string;
  audience: string;
  jwksUri: string;
  /** Leeway for exp/nbf against clock skew between the provider and us. */
  clockToleranceSeconds: number;
  /** At most one JWKS fetch per this interval, however many unknown `kid`s arrive (a flood must not hammer the provider). */
  minRefreshIntervalMs: number;
  /** Keys are re-fetched after this even when every `kid` is known, so a withdrawn key stops working. */
  maxKeyAgeMs: number;
}

/** OIDC is on when OIDC_ISSUER, OIDC_AUDIENCE and OIDC_JWKS_URI are all set; half a configuration is refused. */
export function oidcSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): OidcSettings | null {
  const issuer = env['OIDC_ISSUER']?.trim();
  const audience = env['OIDC_AUDIENCE']?.trim();
  const jwksUri = env['OIDC_JWKS_URI']?.trim();
  if (!issuer && !audience && !jwksUri) return null;
  if (!issuer || !audience || !jwksUri) throw new Error('OIDC needs all of OIDC_ISSUER, OIDC_AUDIENCE and OIDC_JWKS_URI');
  const url = new URL(jwksUri);
  const local = url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '::1';
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) throw new Error('OIDC_JWKS_URI must be https (plain http only for 127.0.0.1/localhost)');
  return {
    issuer,
    audience,
    jwksUri,
    clockToleranceSeconds: positive(env, 'OIDC_CLOCK_TOLERANCE_SECONDS', 30),
    minRefreshIntervalMs: positive(env, 'OIDC_JWKS_MIN_REFRESH_MS', 30_000),
    maxKeyAgeMs: positive(env, 'OIDC_JWKS_MAX_AGE_MS', 60 * 60_000),
  };
}

function positive(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  return n;
}
