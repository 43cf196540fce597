import { Actor } from '@accord/shared/kernel';
import { AccessTokenClaims } from '../token/access-token-claims';

/**
 * Decides whether a token that verified (signature, exp, iss, aud) still stands, and who it stands for.
 * Pluggable: identity's resolver checks the person still exists, is not disabled and that the token's
 * `ver` matches their current token_version; a service without the identity tables uses
 * TokenOnlyActorResolver and so accepts a revoked token until it expires.
 */
export abstract class ActorResolver {
  abstract resolve(claims: AccessTokenClaims): Promise<Actor | null>;
}
