import { Injectable } from '@nestjs/common';
import { Actor } from '@accord/shared/kernel';
import { TokenService } from '../token/token.service';
import { ActorResolver } from './actor-resolver';

/** Token → Actor, or null for anything that should be answered 401. Used by the guard and for sockets. */
@Injectable()
export class Authenticator {
  constructor(private readonly tokens: TokenService, private readonly resolver: ActorResolver) {}

  async authenticate(token: string | undefined | null): Promise<Actor | null> {
    if (!token) return null;
    const claims = this.tokens.verify(token);
    return claims ? this.resolver.resolve(claims) : null;
  }
}
