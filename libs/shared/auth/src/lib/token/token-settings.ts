import { randomBytes } from 'node:crypto';
import { Logger } from '@nestjs/common';

export const TOKEN_ISSUER = 'accord';
export const TOKEN_AUDIENCE = 'accord-portal';
const DEFAULT_TTL_SECONDS = 8 * 60 * 60;
const MIN_SECRET_LENGTH = 32;

export interface TokenSettings {
  secret: string;
  ttlSeconds: number;
}

// One per process, so every TokenService in a composed process (platform) agrees on it.
let ephemeralSecret: string | undefined;

/**
 * JWT_SECRET signs and verifies; every service that verifies tokens needs the same value. Without it,
 * development gets a random per-process secret (tokens die with the process); production refuses to start.
 */
export function tokenSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): TokenSettings {
  return { secret: secretFromEnv(env), ttlSeconds: ttlFromEnv(env) };
}

function secretFromEnv(env: NodeJS.ProcessEnv): string {
  const configured = env['JWT_SECRET'];
  const production = env['NODE_ENV'] === 'production';
  if (configured) {
    if (production && configured.length < MIN_SECRET_LENGTH) throw new Error(`JWT_SECRET must be at least ${MIN_SECRET_LENGTH} characters in production`);
    return configured;
  }
  if (production) throw new Error('JWT_SECRET is not set: refusing to start in production without a token signing secret');
  if (!ephemeralSecret) {
    ephemeralSecret = randomBytes(48).toString('base64url');
    new Logger('TokenService').warn('JWT_SECRET is not set: using a random per-process secret (tokens stop working on restart and are not accepted by other processes)');
  }
  return ephemeralSecret;
}

function ttlFromEnv(env: NodeJS.ProcessEnv): number {
  const raw = env['JWT_TTL_SECONDS'];
  if (raw === undefined || raw === '') return DEFAULT_TTL_SECONDS;
  const ttl = Number(raw);
  if (!Number.isInteger(ttl) || ttl <= 0) throw new Error(`JWT_TTL_SECONDS must be a positive integer, got "${raw}"`);
  return ttl;
}
