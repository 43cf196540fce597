import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Actor } from '@accord/shared/kernel';
import { Authenticator } from '../actor/authenticator';
import { SecurityAudit } from '../audit/security-audit';
import { AccessPolicy } from '../policy/access-policy';
import { Permission } from '../policy/permissions';
import { PERMISSION_KEY } from '../policy/permit.decorator';
import { authenticateSocketHandshake, SocketHandshake } from '../socket/authenticate-socket-handshake';
import { AuthenticatedRequest } from './authenticated-request';
import { bearerToken } from './bearer-token';
import { IS_PUBLIC_KEY } from './public.decorator';
import { REQUIRED_ROLES_KEY } from './require-roles.decorator';

interface SocketClient {
  handshake?: SocketHandshake & { address?: string };
  data?: { actor?: Actor };
}

interface CallSite {
  action: string;
  resource: string | null;
  ip: string | null;
  correlationId: string | null;
}

/**
 * Global guard: a valid bearer token on every route unless @Public(); then @Permit (the AccessPolicy) or
 * the older @RequireRoles, else 403. Every 401 on a protected route and every 403 is audited.
 * On a public route a valid token still sets the Actor, an invalid one is ignored (anonymous).
 * Socket messages are re-authenticated from the handshake token so a revoked token stops working on
 * the next message, not only at the next connection.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(private readonly reflector: Reflector, private readonly authenticator: Authenticator, private readonly policy: AccessPolicy, private readonly audit: SecurityAudit) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.metadata<boolean>(context, IS_PUBLIC_KEY) ?? false;
    const actor = await this.authenticate(context);
    if (!actor) {
      if (isPublic) return true;
      this.refuse(context, null, 'no valid token');
      throw new UnauthorizedException('a valid bearer token is required');
    }
    this.checkRoles(context, actor);
    this.checkPermission(context, actor);
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
    const required = this.metadata<string[]>(context, REQUIRED_ROLES_KEY);
    if (!required || required.length === 0 || required.some((r) => actor.roles.includes(r))) return;
    this.refuse(context, actor, `needs role ${required.join('|')}`);
    throw new ForbiddenException('your role may not do this');
  }

  private checkPermission(context: ExecutionContext, actor: Actor): void {
    const permission = this.metadata<Permission>(context, PERMISSION_KEY);
    if (!permission) return;
    const decision = this.policy.decide(actor, permission);
    if (decision.allowed) return;
    this.refuse(context, actor, decision.reason);
    throw new ForbiddenException(`not allowed: ${permission}`);
  }

  private refuse(context: ExecutionContext, actor: Actor | null, reason: string): void {
    const site = callSite(context, this.metadata<Permission>(context, PERMISSION_KEY));
    this.audit.record({
      personId: actor?.personId ?? null,
      organisationId: actor?.organisationId ?? null,
      action: site.action,
      resource: site.resource,
      outcome: 'refused',
      ip: site.ip,
      correlationId: site.correlationId,
      detail: { status: actor ? 403 : 401, reason },
    });
  }

  private metadata<T>(context: ExecutionContext, key: string): T | undefined {
    return this.reflector.getAllAndOverride<T | undefined>(key, [context.getHandler(), context.getClass()]);
  }
}

function callSite(context: ExecutionContext, permission: Permission | undefined): CallSite {
  const action = permission ?? `${context.getClass().name}.${context.getHandler().name}`;
  if (context.getType() === 'ws') {
    const client = context.switchToWs().getClient<SocketClient>();
    return { action, resource: 'socket', ip: client.handshake?.address ?? null, correlationId: null };
  }
  const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
  const correlation = request.headers['x-correlation-id'];
  // The path only: a query string may carry search text typed by a person.
  const path = (request.url ?? '').split('?')[0];
  return { action, resource: `${request.method ?? ''} ${path}`.trim(), ip: request.ip ?? null, correlationId: typeof correlation === 'string' ? correlation : null };
}
