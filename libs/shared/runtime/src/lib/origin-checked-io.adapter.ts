import { IncomingMessage } from 'node:http';
import { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { Server, ServerOptions } from 'socket.io';

/**
 * Socket.io with the Origin checked on every handshake (ASVS 4.4): a browser page from another origin
 * cannot open a socket with a person's token. Non-browser clients send no Origin and are let through;
 * they still need a token on /live.
 */
export class OriginCheckedIoAdapter extends IoAdapter {
  constructor(app: INestApplicationContext, private readonly allowedOrigins: readonly string[]) {
    super(app);
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    return super.createIOServer(port, {
      ...options,
      cors: { origin: false },
      maxHttpBufferSize: 64 * 1024,
      allowRequest: (req: IncomingMessage, callback: (err: string | null | undefined, success: boolean) => void) => callback(null, this.originAllowed(req)),
    });
  }

  private originAllowed(req: IncomingMessage): boolean {
    const origin = req.headers.origin;
    if (!origin) return true;
    if (this.allowedOrigins.includes(origin)) return true;
    try {
      return new URL(origin).host === req.headers.host;
    } catch {
      return false;
    }
  }
}
