import { io, Socket } from 'socket.io-client';

export interface PublicUpdate {
  type: string;
  aggregateId: string;
  sequence: number;
}

/** One /public client over websocket only, never sharing a connection with another (forceNew). */
export function connectPublic(url: string, onUpdate: (u: PublicUpdate, at: number) => void): Promise<Socket> {
  const socket = io(`${url}/public`, { transports: ['websocket'], forceNew: true, reconnection: false, timeout: 20_000 });
  socket.on('update', (u: PublicUpdate) => onUpdate(u, performance.now()));
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (e) => {
      socket.close();
      reject(e);
    });
  });
}
