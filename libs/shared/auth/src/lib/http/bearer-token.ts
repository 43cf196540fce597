const BEARER = /^Bearer ([A-Za-z0-9\-_]+\.[A-Za-z0-9\-_]+\.[A-Za-z0-9\-_]+)$/;

/** The token of an `Authorization: Bearer <jwt>` header; anything else (or several headers) is no token. */
export function bearerToken(header: string | string[] | undefined): string | undefined {
  if (typeof header !== 'string' || header.length > 8192) return undefined;
  return BEARER.exec(header.trim())?.[1];
}
