import { CanActivate, ExecutionContext, ForbiddenException, Injectable, Logger, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Actor } from '@accord/shared/kernel';
import { Authenticator } from '../actor/authenticator';
import { authenticateSocketHandshake, SocketHandshake } from '../socket/authenticate-socket-handshake';
import { AuthenticatedRequest } from './authenticated-request';
import { bearerToken } from './bearer-token';
import { IS_PUBLIC_KEY } from './public.decorator';
import { REQUIRED_ROLES_KEY } from './require-roles.decorator';

interface SocketClient {
  handshake?: SocketHandshake;
  data?: { actor?: Actor };
}

/**
 * Global guard: a valid bearer token on every route unless @Public(); @RequireRoles checked here (403).
 * On a public route a valid token still sets the Actor, an invalid one is ignored (anonymous).
 * Socket messages are re-authenticated from the handshake token so a revoked token stops working on
 * the next message, not only at the next connection.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly audit = new Logger('Audit');

  constructor(private readonly reflector: Reflector, private readonly authenticator: Authenticator) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, [context.getHandler(), context.getClass()]) ?? false;
    const actor = await this.authenticate(context);
    if (!actor) {
      if (isPublic) return true;
      throw new UnauthorizedException('a valid bearer token is required');
    }
    this.checkRoles(context, actor);
    return true;
  }

  private async authenticate(context: ExecutionContext): Promise<Actor | null> {
    if (context.getType() === 'ws') {
      const client = context.switchToWs().getClient<SocketClient>();
      const actor = client.handshake ? await authenticateSocketHandshake(client.handshake, this.authenticator) : null;
      client.data = { ...client.data, actor: actor ?? undefined };
      return actor;
    }
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const actor = await this.authenticator.authenticate(bearerToken(request.headers['authorization']));
    if (actor) request.actor = actor;
    return actor;
  }

  private checkRoles(context: ExecutionContext, actor: Actor): void {
    const required = this.reflector.getAllAndOverride<string[] | undefined>(REQUIRED_ROLES_KEY, [context.getHandler(), context.getClass()]);
    if (!required || required.length === 0 || required.some((r) => actor.roles.includes(r))) return;
    const what = `${context.getClass().name}.${context.getHandler().name}`;
    this.audit.warn(`authorisation refused: person=${actor.personId} organisation=${actor.organisationId} action=${what} needs=${required.join('|')} at=${new Date().toISOString()}`);
    throw new ForbiddenException('your role may not do this');
  }
}
