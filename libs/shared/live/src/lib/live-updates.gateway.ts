import { Logger } from '@nestjs/common';
import { OnGatewayInit, WebSocketGateway, WebSocketServer } from '@nestjs/websockets';
import { Namespace, Server, Socket } from 'socket.io';
import { Actor } from '@accord/shared/kernel';
import { authenticateSocketHandshake, Authenticator } from '@accord/shared/auth';

export const PUBLIC_ROOM = 'public';
export const organisationRoom = (organisationId: string) => `org:${organisationId}`;

/**
 * Two namespaces: `/public` needs no token and only ever receives public updates; `/live` refuses a
 * handshake without a valid token and puts the socket in the public room and its organisation's room.
 * Rooms are joined by the server only: clients cannot ask to join anything.
 */
@WebSocketGateway({ namespace: '/live', cors: { origin: false } })
export class LiveUpdatesGateway implements OnGatewayInit<Namespace> {
  private readonly logger = new Logger('Live');
  @WebSocketServer() namespace!: Namespace;

  constructor(private readonly authenticator: Authenticator) {}

  afterInit(namespace: Namespace): void {
    namespace.use((socket, next) => {
      authenticateSocketHandshake(socket.handshake, this.authenticator)
        .then((actor) => {
          if (!actor) return next(new Error('unauthorized'));
          socket.data['actor'] = actor;
          void socket.join([PUBLIC_ROOM, organisationRoom(actor.organisationId)]);
          next();
        })
        .catch((e: unknown) => {
          this.logger.warn(`handshake refused: ${e instanceof Error ? e.message : String(e)}`);
          next(new Error('unauthorized'));
        });
    });
  }

  server(): Server {
    return this.namespace.server;
  }

  /** Disconnects every open socket of a person, e.g. when their access is revoked. */
  disconnectPerson(personId: string): void {
    for (const socket of this.namespace.sockets.values()) {
      if ((socket.data['actor'] as Actor | undefined)?.personId === personId) (socket as Socket).disconnect(true);
    }
  }
}
