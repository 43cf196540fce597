import { WebSocketGateway, WebSocketServer } from '@nestjs/websockets';
import { Namespace } from 'socket.io';

/** Anonymous readers of the public board. Nothing but public updates is ever emitted here. */
@WebSocketGateway({ namespace: '/public', cors: { origin: false } })
export class PublicUpdatesGateway {
  @WebSocketServer() namespace!: Namespace;
}
