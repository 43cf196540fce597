import { Client } from 'pg';
import { eventually, realPostgresUrl } from '@accord/shared/testing';
import { describeOnRealPostgres, FaultRig } from './support/fault-platform';
import { readModelDiscrepancies } from './support/read-model-checks';
import { newCommitment, pause, writeStream } from './support/write-stream';

// Restarting the shared PostgreSQL server is not allowed here: killing every backend of the platform's
// database is the same fault as seen from the platform (all its connections drop at once).
describeOnRealPostgres('fault: the database drops every platform connection during a stream of writes', () => {
  let rig: FaultRig;
  let admin: Client;
  beforeAll(async () => {
    rig = await FaultRig.create();
    await rig.start();
    admin = new Client({ connectionString: realPostgresUrl() });
    await admin.connect();
  }, 120_000);
  afterAll(async () => {
    await admin?.end();
    await rig?.dispose();
  });

  it('answers with clean retryable errors, loses nothing acknowledged, and recovers by itself', async () => {
    const clients = await Promise.all(['bd', 'my', 'ph'].map((cc) => rig.focal(cc)));
    const stream = writeStream(clients, 6);
    let terminated = 0;
    for (let i = 0; i < 4; i++) {
      await pause(1_000);
      const { rowCount } = await admin.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid() AND application_name <> 'fault-checker'`,
        [rig.database.url.split('/').pop()],
      );
      terminated += rowCount ?? 0;
    }
    await pause(1_000);
    const outcome = await stream.stop();
    const statuses = Object.fromEntries(outcome.statuses);
    console.log(`[accord] backends terminated: ${terminated}; client statuses ${JSON.stringify(statuses)}`);
    expect(terminated).toBeGreaterThan(0);
    expect(outcome.badBodies).toEqual([]);
    const unexpected = Object.keys(statuses).filter((s) => !['201', '409', '429', '503'].includes(s));
    expect(unexpected).toEqual([]);

    const recoveredIn = Date.now();
    const after = await eventually(async () => {
      const r = await clients[0].post<{ id: string }>('/api/commitments', newCommitment('Written after the connections came back'));
      return r.status === 201 ? r : null;
    }, 30_000, 250);
    console.log(`[accord] first write accepted ${Date.now() - recoveredIn} ms after the stream stopped`);
    await eventually(async () => Object.values(await readModelDiscrepancies(rig.sql)).every((n) => n === 0), 60_000, 250);
    const onBoard = await rig.count(`SELECT count(*) AS n FROM board.commitment_view WHERE id = ANY($1::uuid[])`, [[...outcome.acknowledged, after.body.id]]);
    expect(onBoard).toBe(outcome.acknowledged.length + 1);
  }, 120_000);
});
