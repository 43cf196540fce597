import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { INestApplication, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { configureHttpApp, Readiness } from '@accord/shared/http';
import { createDataSource, databaseTarget, EmbeddedPostgres, runMigrations, startEmbeddedPostgres } from '@accord/shared/persistence';
import { OriginCheckedIoAdapter } from './origin-checked-io.adapter';
import { ServiceDefinition } from './runtime-options';
import { RuntimeModule } from './runtime.module';

export interface RunningService {
  readonly app: INestApplication;
  readonly url: string;
  readonly databaseUrl: string;
  close(): Promise<void>;
}

/**
 * Boots one Accord process: the database (DATABASE_URL, or the embedded one in ACCORD_DATA_DIR),
 * its migrations, the Nest app on Fastify with socket.io, then demo data; /api/health answers 200 only
 * after all of that.
 */
export async function runService(def: ServiceDefinition, env: NodeJS.ProcessEnv = process.env): Promise<RunningService> {
  const logger = new Logger(def.serviceName);
  const target = databaseTarget(env);
  let embedded: EmbeddedPostgres | null = null;
  if (target.kind === 'embedded') {
    logger.log(`no DATABASE_URL: starting the embedded PostgreSQL in ${target.dataDir}`);
    embedded = await startEmbeddedPostgres({ dataDir: target.dataDir });
    // Written into the environment the auth module reads (process.env unless a test passes its own).
    if (!env['JWT_SECRET']) env['JWT_SECRET'] = localSecret(join(target.dataDir, '..', 'jwt-secret'), () => randomBytes(48).toString('base64url'), logger);
    // Consular case files stay readable across restarts of the embedded default (AES-256-GCM key).
    if (!env['ACCORD_CASE_KEYS']) env['ACCORD_CASE_KEYS'] = localSecret(join(target.dataDir, '..', 'case-keys'), () => `local1:${randomBytes(32).toString('base64')}`, logger);
    // Webhook signing secrets likewise (AES-256-GCM key for subscriptions.webhook).
    if (!env['ACCORD_WEBHOOK_KEYS']) env['ACCORD_WEBHOOK_KEYS'] = localSecret(join(target.dataDir, '..', 'webhook-keys'), () => `local1:${randomBytes(32).toString('base64')}`, logger);
  }
  const databaseUrl = embedded?.url ?? (target.kind === 'server' ? target.url : '');
  await migrate(def, databaseUrl);

  const adapter = new FastifyAdapter({ bodyLimit: Number(env['ACCORD_BODY_LIMIT'] ?? 1_048_576), trustProxy: env['ACCORD_TRUST_PROXY'] === 'true' });
  const app = await NestFactory.create<NestFastifyApplication>(RuntimeModule.forRoot(def, { databaseUrl, embedded: !!embedded, env }), adapter, {
    logger: env['ACCORD_LOG_LEVEL'] === 'debug' ? ['log', 'error', 'warn', 'debug'] : ['log', 'error', 'warn'],
  });
  const origins = (env['ACCORD_ALLOWED_ORIGINS'] ?? '').split(',').map((o) => o.trim()).filter(Boolean);
  app.useWebSocketAdapter(new OriginCheckedIoAdapter(app, origins));
  if (origins.length) app.enableCors({ origin: origins, credentials: false });
  await configureHttpApp(app, { title: `Accord ${def.serviceName}`, portalDir: def.portalDir });

  const port = Number(env['PORT'] ?? def.defaultPort);
  await app.listen(port, env['HOST'] ?? '0.0.0.0');
  if (def.seed && env['ACCORD_DEMO_DATA'] !== 'off') await def.seed(app);
  app.get(Readiness).markReady();
  const address = app.getHttpServer().address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  logger.log(`ready on http://127.0.0.1:${actualPort} (${embedded ? 'embedded PostgreSQL' : 'PostgreSQL server'}, ${env['KAFKA_BROKERS'] ? 'Kafka' : 'embedded event transport'})`);
  return {
    app,
    url: `http://127.0.0.1:${actualPort}`,
    databaseUrl,
    async close() {
      await app.close();
      await embedded?.stop();
    },
  };
}

async function migrate(def: ServiceDefinition, url: string): Promise<void> {
  const ds = createDataSource({ url, entities: def.entities, migrations: def.migrations, poolSize: 2, applicationName: `${def.serviceName}-migrations` });
  await ds.initialize();
  try {
    await runMigrations(ds);
  } finally {
    await ds.destroy();
  }
}

/** The embedded default keeps its secrets beside its data (mode 0600), so a restart keeps them. */
function localSecret(file: string, make: () => string, logger: Logger): string {
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dirname(file), { recursive: true });
  const secret = make();
  writeFileSync(file, secret, { mode: 0o600 });
  logger.log(`generated ${file} for the embedded default (set the variable to supply your own)`);
  return secret;
}
