import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuditEntry } from '@accord/shared/audit';
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

interface SocketClient {
  handshake?: SocketHandshake & { address?: string };
  data?: { actor?: Actor };
}

interface CallSite {
  action: string;
  resource: string | null;
  /** The route as declared (`POST /api/x/:id`), so ids varied by a scanner share one sampling key. */
  route: string;
  ip: string | null;
  correlationId: string | null;
}

/**
 * Global guard: a valid bearer token on every route unless @Public(); then the route's @Permit decides
 * (the AccessPolicy). A protected route without @Permit is refused (403): deny by default, and the route
 * inventory test fails the build for it. Every 403 and every 401 on a protected route is audited (repeated
 * identical 401s sampled by SecurityAudit, so a scanner cannot flood the table).
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

  private checkPermission(context: ExecutionContext, actor: Actor): void {
    const permission = this.metadata<Permission>(context, PERMISSION_KEY);
    if (!permission) {
      // Public routes returned earlier; an undescribed protected route is nobody's to use.
      if (this.metadata<boolean>(context, IS_PUBLIC_KEY)) return;
      this.refuse(context, actor, 'the route names no permission');
      throw new ForbiddenException('not allowed');
    }
    const decision = this.policy.decide(actor, permission);
    if (decision.allowed) return;
    this.refuse(context, actor, decision.reason);
    throw new ForbiddenException(`not allowed: ${permission}`);
  }

  private refuse(context: ExecutionContext, actor: Actor | null, reason: string): void {
    const site = callSite(context, this.metadata<Permission>(context, PERMISSION_KEY));
    const entry: AuditEntry = {
      personId: actor?.personId ?? null,
      organisationId: actor?.organisationId ?? null,
      action: site.action,
      resource: site.resource,
      outcome: 'refused',
      ip: site.ip,
      correlationId: site.correlationId,
      detail: { status: actor ? 403 : 401, reason },
    };
    // Anyone can provoke a 401 for free: sample those per ip and route; a 403 names a person, keep each.
    if (actor) this.audit.record(entry);
    else this.audit.recordSampled(`${site.ip ?? '-'}|${site.route}`, entry);
  }

  private metadata<T>(context: ExecutionContext, key: string): T | undefined {
    return this.reflector.getAllAndOverride<T | undefined>(key, [context.getHandler(), context.getClass()]);
  }
}

function callSite(context: ExecutionContext, permission: Permission | undefined): CallSite {
  const action = permission ?? `${context.getClass().name}.${context.getHandler().name}`;
  if (context.getType() === 'ws') {
    const client = context.switchToWs().getClient<SocketClient>();
    return { action, resource: 'socket', route: `socket ${action}`, ip: client.handshake?.address ?? null, correlationId: null };
  }
  const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
  const correlation = request.headers['x-correlation-id'];
  // The path only: a query string may carry search text typed by a person.
  const path = (request.url ?? '').split('?')[0];
  const route = `${request.method ?? ''} ${request.routeOptions?.url ?? path}`;
  return { action, resource: `${request.method ?? ''} ${path}`.trim(), route, ip: request.ip ?? null, correlationId: typeof correlation === 'string' ? correlation : null };
}
