import { ActingOrganisation } from '@accord/shared/kernel';

/** Who a token is issued to. `tokenVersion` is the person's revocation counter at issue time. */
export interface TokenSubject {
  personId: string;
  organisationId: string;
  roles: readonly string[];
  tokenVersion: number;
  /** Carried so services without the identity tables can still name the acting organisation. */
  organisation?: ActingOrganisation;
}

/** The verified payload of an Accord access token (HS256 JWT). Times are seconds since the epoch. */
export interface AccessTokenClaims {
  sub: string;
  org: string;
  roles: string[];
  ver: number;
  iat: number;
  exp: number;
  iss: string;
  aud: string;
  orgd?: { name: string; kind: string; country: string | null };
}

export interface IssuedToken {
  accessToken: string;
  expiresAt: Date;
}

export type TokenCheck = { ok: true; claims: AccessTokenClaims } | { ok: false; reason: 'expired' | 'invalid' };
