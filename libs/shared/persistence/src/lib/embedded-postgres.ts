import { mkdirSync } from 'node:fs';
import type { PGlite } from '@electric-sql/pglite';
import type { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { pinExtendedQueryMessages } from './pglite-protocol-pinning';

export interface EmbeddedPostgres {
  /** A postgres:// URL the ordinary `pg` driver (and so TypeORM) connects to. */
  readonly url: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Folder that keeps the data across restarts; omit for an in-memory database (tests). */
  dataDir?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Must be at least every pool's size added up, or connections are refused. */
  maxConnections?: number;
}

/**
 * PGlite behind its socket server, so the application speaks to it exactly as to a PostgreSQL server
 * (same driver, same SQL, same migrations). It is one session: the server runs one transaction at a
 * time and LISTEN/NOTIFY does not cross connections, so readers are woken in process (see messaging).
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions = {}): Promise<EmbeddedPostgres> {
  const { PGlite: PGliteClass } = await import('@electric-sql/pglite');
  const { PGLiteSocketServer: Server } = await import('@electric-sql/pglite-socket');
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const db: PGlite = await PGliteClass.create(options.dataDir);
  const server: PGLiteSocketServer = new Server({ db, port: options.port ?? 0, host: '127.0.0.1', maxConnections: options.maxConnections ?? 64 });
  pinExtendedQueryMessages(server);
  await server.start();
  return {
    url: `postgres://postgres@${server.getServerConn()}/postgres`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
