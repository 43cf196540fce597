import { Logger, OnApplicationShutdown } from '@nestjs/common';
import { ConnectedSocket, MessageBody, OnGatewayInit, SubscribeMessage, WebSocketGateway, WebSocketServer } from '@nestjs/websockets';
import { Namespace, Server, Socket } from 'socket.io';
import { Actor } from '@accord/shared/kernel';
import { AccessPolicy, authenticateSocketHandshake, Authenticator, organisationRoom, Public, PUBLIC_ROOM, SecurityAudit } from '@accord/shared/auth';

export { organisationRoom, PUBLIC_ROOM } from '@accord/shared/auth';

/**
 * A person's own room (follow notifications). Joined at the handshake only, from the verified token;
 * no room rule has this prefix, so a `join` asking for someone else's is refused.
 */
export const PERSON_ROOM_PREFIX = 'person:';
export const personRoom = (personId: string): string => `${PERSON_ROOM_PREFIX}${personId}`;

const DEFAULT_RECHECK_MS = 5_000;

export interface JoinAnswer {
  room: string;
  joined: boolean;
}

/**
 * Two namespaces: `/public` needs no token and only ever receives public updates; `/live` refuses a
 * handshake without a valid token and puts the socket in the rooms the AccessPolicy lets it read (the
 * public room and its organisation's). A client may ask to `join` another room; the policy decides.
 * Every open socket's token is re-checked every ACCORD_LIVE_RECHECK_MS (5 s): a signed-out, disabled or
 * otherwise revoked person is disconnected without waiting for their next message.
 */
// The guard cannot see the handshake token of `join` before this gateway does; the handler checks it itself.
@Public()
@WebSocketGateway({ namespace: '/live', cors: { origin: false } })
export class LiveUpdatesGateway implements OnGatewayInit<Namespace>, OnApplicationShutdown {
  private readonly logger = new Logger('Live');
  private readonly recheckMs = Number(process.env['ACCORD_LIVE_RECHECK_MS'] ?? DEFAULT_RECHECK_MS);
  private recheckTimer: NodeJS.Timeout | null = null;
  private rechecking = false;
  @WebSocketServer() namespace!: Namespace;

  constructor(private readonly authenticator: Authenticator, private readonly policy: AccessPolicy, private readonly audit: SecurityAudit) {}

  afterInit(namespace: Namespace): void {
    namespace.use((socket, next) => {
      this.admit(socket)
        .then((admitted) => next(admitted ? undefined : new Error('unauthorized')))
        .catch((e: unknown) => {
          this.logger.warn(`handshake refused: ${e instanceof Error ? e.message : String(e)}`);
          next(new Error('unauthorized'));
        });
    });
    if (this.recheckMs > 0) {
      this.recheckTimer = setInterval(() => void this.recheckAll(), this.recheckMs);
      this.recheckTimer.unref();
    }
  }

  @SubscribeMessage('join')
  async join(@ConnectedSocket() socket: Socket, @MessageBody() body: unknown): Promise<JoinAnswer> {
    const room = typeof (body as { room?: unknown } | null)?.room === 'string' ? (body as { room: string }).room.slice(0, 200) : '';
    const actor = await authenticateSocketHandshake(socket.handshake, this.authenticator);
    if (!actor) {
      socket.disconnect(true);
      return { room, joined: false };
    }
    if (!this.policy.canJoinRoom(actor, room)) {
      this.refused(actor, socket, `join ${room}`, 403);
      return { room, joined: false };
    }
    await socket.join(room);
    return { room, joined: true };
  }

  server(): Server {
    return this.namespace.server;
  }

  /** Disconnects every open socket of a person, e.g. when their access is revoked. */
  disconnectPerson(personId: string): number {
    let count = 0;
    for (const socket of this.namespace?.sockets.values() ?? []) {
      if ((socket.data['actor'] as Actor | undefined)?.personId === personId) {
        socket.disconnect(true);
        count += 1;
      }
    }
    return count;
  }

  onApplicationShutdown(): void {
    if (this.recheckTimer) clearInterval(this.recheckTimer);
  }

  private async admit(socket: Socket): Promise<boolean> {
    const actor = await authenticateSocketHandshake(socket.handshake, this.authenticator);
    if (!actor) {
      this.refused(null, socket, 'connect /live', 401);
      return false;
    }
    socket.data['actor'] = actor;
    const rooms = [PUBLIC_ROOM, organisationRoom(actor.organisationId)].filter((r) => this.policy.canJoinRoom(actor, r));
    await socket.join([...rooms, personRoom(actor.personId)]);
    return true;
  }

  private async recheckAll(): Promise<void> {
    if (this.rechecking || !this.namespace) return;
    this.rechecking = true;
    try {
      for (const socket of [...this.namespace.sockets.values()]) {
        // Fail closed: if the directory cannot be asked, the socket goes (the client reconnects and is checked afresh).
        const actor = await authenticateSocketHandshake(socket.handshake, this.authenticator).catch((e: unknown) => {
          this.logger.warn(`re-check failed: ${e instanceof Error ? e.message : String(e)}`);
          return null;
        });
        if (!actor) {
          this.refused((socket.data['actor'] as Actor | undefined) ?? null, socket, 'live session revoked', 401);
          socket.disconnect(true);
        }
      }
    } finally {
      this.rechecking = false;
    }
  }

  private refused(actor: Actor | null, socket: Socket, action: string, status: 401 | 403): void {
    const entry = {
      personId: actor?.personId ?? null,
      organisationId: actor?.organisationId ?? null,
      action,
      resource: 'socket /live',
      outcome: 'refused' as const,
      ip: socket.handshake.address,
      detail: { status },
    };
    // Anyone can knock without a token: sample those per address, as the HTTP guard does; a known person's refusal is always written.
    if (actor) this.audit.record(entry);
    else this.audit.recordSampled(`socket ${socket.handshake.address} ${action}`, entry);
  }
}
