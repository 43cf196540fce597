import { Injectable, Module, OnModuleInit } from '@nestjs/common';
import { CommandHandler, CqrsModule, ICommandHandler } from '@nestjs/cqrs';
import { Test, TestingModule } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { EventRegistry } from '@accord/shared/contracts';
import { databaseKinds, eventually } from '@accord/shared/testing';
import { MessagingTestDatabase } from '../../testing/messaging-test-database';
import { aThingHappened, thingHappenedSchema, THING_STREAM } from '../../testing/thing-happened.schema';
import { UnitOfWork } from '../outbox/unit-of-work';
import { TransactionalCommandBus } from '../outbox/transactional-command-bus';
import { EventConsumerHost } from '../inbox/event-consumer-host';
import { MessagingModule } from './messaging.module';
import { EVENT_TRANSPORT } from './messaging.tokens';

class MakeThing {
  constructor(readonly id: string, readonly failAfterSave = false) {}
}

@CommandHandler(MakeThing)
class MakeThingHandler implements ICommandHandler<MakeThing, string> {
  constructor(private readonly uow: UnitOfWork) {}
  async execute({ id, failAfterSave }: MakeThing): Promise<string> {
    await this.uow.manager.query(`INSERT INTO thing (id) VALUES ($1)`, [id]);
    this.uow.collect([aThingHappened(id, 1)]);
    if (failAfterSave) throw new Error('failed after save');
    return id;
  }
}

@Injectable()
class ThingCounterProjection implements OnModuleInit {
  constructor(private readonly host: EventConsumerHost) {}
  onModuleInit(): void {
    this.host.register({
      name: 'thing-counter',
      topics: [THING_STREAM],
      apply: async (_e, m) => {
        await m.query(`INSERT INTO thing_count (k, n) VALUES ('all', 1) ON CONFLICT (k) DO UPDATE SET n = thing_count.n + 1`);
      },
    });
  }
}

@Module({ providers: [MakeThingHandler, ThingCounterProjection] })
class ThingsModule {
  constructor(registry: EventRegistry) {
    registry.registerAll([thingHappenedSchema]);
  }
}

describe.each(databaseKinds())('MessagingModule on %s', (kind) => {
  let db: MessagingTestDatabase;
  let app: TestingModule; // an application context: no HTTP adapter needed

  beforeAll(async () => {
    db = await MessagingTestDatabase.create(kind);
    const ds = await db.open(1);
    await ds.query(`CREATE TABLE thing (id text PRIMARY KEY); CREATE TABLE thing_count (k text PRIMARY KEY, n int NOT NULL)`);
    app = await Test.createTestingModule({
      imports: [
        TypeOrmModule.forRootAsync({ useFactory: () => ({ type: 'postgres' as const, url: db.url, extra: { max: 5 } }) }),
        CqrsModule.forRoot(),
        MessagingModule.forRoot({ serviceName: 'things-service', embedded: kind === 'embedded', relay: { pollMs: 5_000 }, embeddedTransport: { pollMs: 5_000 } }),
        ThingsModule,
      ],
    }).compile();
    app.useLogger(['error']);
    await app.init(); // runs onApplicationBootstrap: relay, transport and consumers start
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await db.drop();
  });

  it('commits a command with its outbox row, relays it and projects it, woken without waiting for a poll', async () => {
    const ds = app.get(DataSource);
    expect(app.get(EVENT_TRANSPORT).kind).toBe('embedded');
    const started = Date.now();
    await expect(app.get(TransactionalCommandBus).execute(new MakeThing('t-1'))).resolves.toBe('t-1');
    await eventually(async () => (await ds.query(`SELECT n FROM thing_count`))[0]?.n === 1, 4_000);
    expect(Date.now() - started).toBeLessThan(4_000); // polls are 5 s apart: the commit woke relay and consumer
    expect(await ds.query(`SELECT outbox, published_at IS NOT NULL AS sent FROM messaging.outbox_message`)).toEqual([{ outbox: 'things-service', sent: true }]);
  });

  it('leaves neither state nor outbox when the handler fails after saving', async () => {
    const ds = app.get(DataSource);
    await expect(app.get(TransactionalCommandBus).execute(new MakeThing('t-2', true))).rejects.toThrow('failed after save');
    expect(await ds.query(`SELECT id FROM thing WHERE id = 't-2'`)).toEqual([]);
    expect((await ds.query(`SELECT count(*)::int AS n FROM messaging.outbox_message`))[0].n).toBe(1);
  });
});
