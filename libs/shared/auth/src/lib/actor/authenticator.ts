import { Inject, Injectable, Optional } from '@nestjs/common';
import { Actor } from '@accord/shared/kernel';
import { jwtAlgorithm } from '../oidc/compact-jwt';
import { ExternalIdentityResolver } from '../oidc/external-identity';
import { OIDC_ALGORITHMS, OidcTokenVerifier } from '../oidc/oidc-token-verifier';
import { TokenService } from '../token/token.service';
import { ActorResolver } from './actor-resolver';

/**
 * Token → Actor, or null for anything that should be answered 401. Used by the guard and for sockets.
 * Our own HS256 tokens are always accepted; when OIDC is configured, RS256/ES256 tokens go to the
 * provider's verifier and the person is then looked up in our directory.
 */
@Injectable()
export class Authenticator {
  constructor(
    private readonly tokens: TokenService,
    private readonly resolver: ActorResolver,
    // Explicit tokens: a `T | null` parameter type is emitted as Object in the decorator metadata.
    @Optional() @Inject(OidcTokenVerifier) private readonly oidc?: OidcTokenVerifier | null,
    @Optional() @Inject(ExternalIdentityResolver) private readonly external?: ExternalIdentityResolver | null,
  ) {}

  async authenticate(token: string | undefined | null): Promise<Actor | null> {
    if (!token) return null;
    if (this.oidc && this.external && (OIDC_ALGORITHMS as readonly string[]).includes(jwtAlgorithm(token) ?? '')) {
      const check = await this.oidc.check(token);
      return check.ok ? this.external.resolve(check.identity) : null;
    }
    const claims = this.tokens.verify(token);
    return claims ? this.resolver.resolve(claims) : null;
  }
}
