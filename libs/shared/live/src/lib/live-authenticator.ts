import { Actor } from '@accord/shared/kernel';

export interface HandshakeLike {
  auth?: Record<string, unknown>;
  headers: Record<string, string | string[] | undefined>;
}

/** Resolves the person behind a socket.io handshake (token in `auth.token` only, never the URL). */
export abstract class LiveAuthenticator {
  abstract authenticate(handshake: HandshakeLike): Promise<Actor | null>;
}
