import { Actor } from '@accord/shared/kernel';
import { Authenticator } from '../actor/authenticator';

/** The parts of socket.io's `socket.handshake` that matter here. */
export interface SocketHandshake {
  auth?: { token?: unknown };
  headers?: Record<string, string | string[] | undefined>;
}

/**
 * For a socket.io middleware or gateway: the token is taken from `io(url, { auth: { token } })` only,
 * never from the query string (URLs end up in logs and proxies), so `?token=` is ignored on purpose.
 */
export async function authenticateSocketHandshake(handshake: SocketHandshake, authenticator: Authenticator): Promise<Actor | null> {
  const token = handshake.auth?.token;
  if (typeof token !== 'string' || token.length > 8192) return null;
  return authenticator.authenticate(token);
}
