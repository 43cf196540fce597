import { Injectable } from '@nestjs/common';
import { Actor } from '@accord/shared/kernel';
import { AccessTokenClaims } from '../token/access-token-claims';
import { ActorResolver } from './actor-resolver';
import { actorFromClaims } from './actor-from-claims';

/**
 * Trusts a verified token as it stands, with no database. Trade-off: sign-out, a disabled person or a
 * role change is NOT seen here until the token expires (JWT_TTL_SECONDS, 8 h by default). Use it only in
 * services that cannot reach identity's tables, and keep their TTL short or route writes through a
 * service that uses identity's resolver.
 */
@Injectable()
export class TokenOnlyActorResolver extends ActorResolver {
  resolve(claims: AccessTokenClaims): Promise<Actor | null> {
    return Promise.resolve(actorFromClaims(claims));
  }
}
