// The stack's floor, as a process of its own: an HTTP endpoint that does nothing but the pgbench
// reference's transaction (one state row + one event row, committed together, here as ONE statement: the
// least a command can cost the database). `node <hook> floor-server.child.ts <variant> <databaseUrl>`
// prints `listening <port>` and serves POST /floor until SIGTERM.
//   node: node:http + pg, no framework: what Node and its PostgreSQL driver cost on these cores.
//   nest: the stack Accord is built on, at its thinnest: NestJS on Fastify, a DTO checked by the
//         ValidationPipe, a @nestjs/cqrs command bus and handler.
import 'reflect-metadata';
import { createServer } from 'node:http';
import { Body, Controller, HttpCode, Injectable, Module, Post, ValidationPipe } from '@nestjs/common';
import { CommandBus, CommandHandler, CqrsModule, ICommandHandler } from '@nestjs/cqrs';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { Pool } from 'pg';

const [variant, databaseUrl] = process.argv.slice(2);
const pool = new Pool({ connectionString: databaseUrl, max: 10 });
let serial = 0;

// bench_ref's tables (prepareReferenceTables): the same rows the pgbench script writes.
const REFERENCE_WRITE = {
  name: 'floor-write',
  text: `WITH s AS (INSERT INTO bench_ref.state_row (id, title, description, version, updated_at) VALUES ($1, $2, $3, 1, now()) RETURNING id)
         INSERT INTO bench_ref.event_row (aggregate_id, type, envelope) SELECT id, 'CommitmentLogged', $4::jsonb FROM s`,
};

async function write(title: string, description: string): Promise<number> {
  serial += 1;
  const id = process.pid * 1_000_000_000 + serial;
  await pool.query({ ...REFERENCE_WRITE, values: [id, title, description, JSON.stringify({ type: 'CommitmentLogged', payload: { title, description } })] });
  return id;
}

class FloorBody {
  @IsString() @MinLength(3) @MaxLength(200) title!: string;
  @IsString() @MaxLength(2000) description!: string;
}

class WriteReference {
  constructor(readonly title: string, readonly description: string) {}
}

@Injectable()
@CommandHandler(WriteReference)
class WriteReferenceHandler implements ICommandHandler<WriteReference, number> {
  execute(c: WriteReference): Promise<number> {
    return write(c.title, c.description);
  }
}

@Controller()
class FloorController {
  constructor(private readonly commands: CommandBus) {}

  @Post('floor')
  @HttpCode(201)
  async floor(@Body() body: FloorBody): Promise<{ id: number }> {
    return { id: await this.commands.execute<WriteReference, number>(new WriteReference(body.title, body.description)) };
  }
}

@Module({ imports: [CqrsModule.forRoot()], controllers: [FloorController], providers: [WriteReferenceHandler] })
class FloorModule {}

async function serveNest(): Promise<number> {
  const app = await NestFactory.create<NestFastifyApplication>(FloorModule, new FastifyAdapter(), { logger: ['error'] });
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true }));
  await app.listen(0, '127.0.0.1');
  return (app.getHttpServer().address() as { port: number }).port;
}

function serveNode(): Promise<number> {
  const server = createServer((req, res) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (text += chunk));
    req.on('end', () => {
      const body = parseBody(text);
      if (typeof body?.title !== 'string' || typeof body.description !== 'string') {
        res.writeHead(400, { 'content-type': 'application/json' }).end('{"message":"title and description must be strings"}');
        return;
      }
      write(body.title, body.description).then(
        (id) => res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ id })),
        (e: unknown) => res.writeHead(500).end(String(e)),
      );
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)));
}

function parseBody(text: string): { title?: unknown; description?: unknown } | null {
  try {
    return JSON.parse(text) as { title?: unknown; description?: unknown } | null;
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  if (variant !== 'node' && variant !== 'nest') throw new Error(`variant must be node or nest (got ${variant})`);
  const port = variant === 'node' ? await serveNode() : await serveNest();
  process.on('SIGTERM', () => void pool.end().finally(() => process.exit(0)));
  console.log(`listening ${port}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
