import { DataSource } from 'typeorm';
import { EventRegistry } from '@accord/shared/contracts';
import { databaseKinds } from '@accord/shared/testing';
import { MessagingTestDatabase } from '../../testing/messaging-test-database';
import { aThingHappened, thingHappenedSchema } from '../../testing/thing-happened.schema';
import { OutboxWriter } from './outbox-writer';
import { NoActiveUnitOfWork, UnitOfWork } from './unit-of-work';

describe.each(databaseKinds())('UnitOfWork + outbox on %s', (kind) => {
  let db: MessagingTestDatabase;
  let ds: DataSource;
  let uow: UnitOfWork;

  beforeAll(async () => {
    db = await MessagingTestDatabase.create(kind);
    ds = await db.open();
    await ds.query(`CREATE TABLE thing (id text PRIMARY KEY)`);
    uow = new UnitOfWork(ds, new OutboxWriter(new EventRegistry([thingHappenedSchema])), 'things');
  }, 60_000);
  afterAll(() => db.drop());
  beforeEach(() => ds.query(`TRUNCATE thing, messaging.outbox_message`));

  const saveThing = (id: string) => async () => {
    await uow.manager.query(`INSERT INTO thing (id) VALUES ($1)`, [id]);
    uow.collect([aThingHappened(id, 1)]);
  };
  const counts = async () => {
    const [row] = await ds.query(`SELECT (SELECT count(*) FROM thing)::int AS things, (SELECT count(*) FROM messaging.outbox_message)::int AS outbox`);
    return row;
  };

  it('commits the state row and its outbox row together, then tells listeners', async () => {
    const committed: string[][] = [];
    const off = uow.onCommitted((outboxes) => committed.push([...outboxes]));
    await uow.run(saveThing('t-1'));
    off();
    expect(await counts()).toEqual({ things: 1, outbox: 1 });
    const [row] = await ds.query(`SELECT outbox, type, version, topic, key, published_at FROM messaging.outbox_message`);
    expect(row).toEqual({ outbox: 'things', type: 'ThingHappened', version: 1, topic: 'accord.test.thing', key: 't-1', published_at: null });
    expect(committed).toEqual([['things']]);
  });

  it('writes neither state nor outbox when the command throws after saving', async () => {
    const failing = uow.run(async () => {
      await saveThing('t-2')();
      throw new Error('rule broken after save');
    });
    await expect(failing).rejects.toThrow('rule broken after save');
    expect(await counts()).toEqual({ things: 0, outbox: 0 });
  });

  it('rolls the state back when an event is invalid', async () => {
    const invalid = uow.run(async () => {
      await uow.manager.query(`INSERT INTO thing (id) VALUES ('t-3')`);
      uow.collect('things', [{ ...aThingHappened('t-3', 1), payload: { n: 'not a number' } }]);
    });
    await expect(invalid).rejects.toThrow(/invalid ThingHappened/);
    expect(await counts()).toEqual({ things: 0, outbox: 0 });
  });

  it('keeps the order of collected events in the outbox ids and joins nested runs', async () => {
    await uow.run(async () => {
      uow.collect([aThingHappened('t-4', 1), aThingHappened('t-4', 2)]);
      await uow.run(async () => uow.collect([aThingHappened('t-4', 3)]));
    });
    const rows = await ds.query(`SELECT envelope->>'aggregateVersion' AS v FROM messaging.outbox_message ORDER BY id`);
    expect(rows.map((r: { v: string }) => r.v)).toEqual(['1', '2', '3']);
  });

  it('refuses to hand out a manager outside a run', () => {
    expect(() => uow.manager).toThrow(NoActiveUnitOfWork);
    expect(() => uow.collect([aThingHappened('x', 1)])).toThrow(NoActiveUnitOfWork);
  });

  const deferThing = (id: string) => uow.defer({ sql: `INSERT INTO thing (id) VALUES ($1)`, params: [id] });

  it('sends deferred writes with the outbox insert as one statement: all of them or none', async () => {
    await uow.run(async () => {
      deferThing('t-5');
      uow.collect([aThingHappened('t-5', 1)]);
    });
    expect(await counts()).toEqual({ things: 1, outbox: 1 });
    const clash = uow.run(async () => {
      deferThing('t-6');
      deferThing('t-5');
      uow.collect([aThingHappened('t-6', 1)]);
    });
    await expect(clash).rejects.toThrow(/duplicate key/);
    expect(await counts()).toEqual({ things: 1, outbox: 1 });
  });

  it('rolls back what went through the manager when the deferred writes fail at commit', async () => {
    await uow.run(async () => deferThing('t-7'));
    const clash = uow.run(async () => {
      await uow.manager.query(`INSERT INTO thing (id) VALUES ('t-8')`);
      deferThing('t-7');
    });
    await expect(clash).rejects.toThrow(/duplicate key/);
    expect(await ds.query(`SELECT id FROM thing ORDER BY id`)).toEqual([{ id: 't-7' }]);
  });

  it('leaves the pool clean: a failed run does not hand an aborted transaction to the next one', async () => {
    for (let i = 0; i < 12; i++) {
      await expect(
        uow.run(async () => {
          await uow.manager.query(`INSERT INTO thing (id) VALUES ('dup')`);
          await uow.manager.query(`INSERT INTO thing (id) VALUES ('dup')`);
        }),
      ).rejects.toThrow(/duplicate key/);
    }
    await uow.run(saveThing('t-9'));
    expect(await counts()).toEqual({ things: 1, outbox: 1 });
  });

  // The failure reads through the unit of work's manager, as a repository's conflict error does.
  const thingCount = async () => (await uow.manager.query(`SELECT count(*)::int AS n FROM thing`))[0].n as number;
  const checkedRename = (from: string) =>
    uow.defer({ sql: `UPDATE thing SET id = 'renamed' WHERE id = $1`, params: [from], expect: { rows: 1, failure: async () => new Error(`no ${from}; there are ${await thingCount()}`) } });

  it('sends a command that read nothing as one statement that checks its own rows: a miss fails it whole and raises the failure', async () => {
    await uow.run(async () => deferThing('t-10'));
    const missed = uow.run(async () => {
      deferThing('t-11');
      checkedRename('t-missing');
      uow.collect([aThingHappened('t-11', 1)]);
    });
    // 1: the statement already rolled itself back (no transaction) before the failure was built.
    await expect(missed).rejects.toThrow('no t-missing; there are 1');
    expect(await counts()).toEqual({ things: 1, outbox: 0 });
    await uow.run(async () => checkedRename('t-10'));
    expect(await ds.query(`SELECT id FROM thing`)).toEqual([{ id: 'renamed' }]);
  });

  it('checks the rows inside the transaction once one began: a miss raises its failure and rolls everything back', async () => {
    await uow.run(async () => deferThing('t-13'));
    const missed = uow.run(async () => {
      await uow.manager.query(`INSERT INTO thing (id) VALUES ('t-14')`);
      checkedRename('t-missing');
      uow.collect([aThingHappened('t-14', 1)]);
    });
    // 2: it runs inside the still open transaction, which then rolls back.
    await expect(missed).rejects.toThrow('no t-missing; there are 2');
    expect(await counts()).toEqual({ things: 1, outbox: 0 });
  });

  it('reads on its own before the first write, then through the transaction (seeing its writes)', async () => {
    const seen = await uow.run(async () => {
      const before = await uow.read<{ n: number }>(`SELECT count(*)::int AS n FROM thing`, []);
      await uow.manager.query(`INSERT INTO thing (id) VALUES ('t-15')`);
      const after = await uow.read<{ n: number }>(`SELECT count(*)::int AS n FROM thing WHERE id = $1`, ['t-15']);
      throw Object.assign(new Error('undo'), { seen: [before[0].n, after[0].n] });
    }).catch((e: { seen?: number[] }) => e.seen);
    expect(seen).toEqual([0, 1]);
    expect(await counts()).toEqual({ things: 0, outbox: 0 });
  });

  if (kind === 'postgres') {
    it('runs no transaction for a read-then-checked-write command: the read is its own statement', async () => {
      const ownTransaction = (rows: { own: boolean }[]) => rows[0].own;
      const sql = `SELECT xact_start = query_start AS own FROM pg_stat_activity WHERE pid = pg_backend_pid()`;
      const flags = await uow.run(async () => {
        const first = ownTransaction(await uow.read<{ own: boolean }>(sql, []));
        await uow.manager.query(`SELECT 1`);
        const later = ownTransaction(await uow.read<{ own: boolean }>(sql, []));
        return [first, later];
      });
      expect(flags).toEqual([true, false]);
    });
  }

  it('chains to the stream head the caller read with its aggregate instead of looking it up', async () => {
    await uow.run(async () => uow.collect([aThingHappened('t-12', 1)]));
    const given = 'f'.repeat(64); // not the real head: proves the given one is used
    await uow.run(async () => {
      uow.knowStreamHead('accord.test.thing', 't-12', given);
      uow.collect([aThingHappened('t-12', 2)]);
    });
    await uow.run(async () => uow.collect([aThingHappened('t-12', 3)]));
    const rows: { prev_hash: string; hash: string }[] = await ds.query(`SELECT prev_hash, hash FROM messaging.outbox_message WHERE key = 't-12' ORDER BY id`);
    expect(rows[1].prev_hash).toBe(given);
    expect(rows[2].prev_hash).toBe(rows[1].hash); // looked up when not given
  });
});
