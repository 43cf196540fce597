import { eventually } from '@accord/shared/testing';
import { describeOnRealPostgres, FaultRig } from './support/fault-platform';
import { readModelDiscrepancies } from './support/read-model-checks';
import { pause, writeStream } from './support/write-stream';

describeOnRealPostgres('fault: the platform is SIGKILLed mid-stream of writes and restarted', () => {
  let rig: FaultRig;
  beforeAll(async () => {
    rig = await FaultRig.create();
    await rig.start();
  }, 120_000);
  afterAll(() => rig?.dispose());

  it('keeps every acknowledged command, applied to the board exactly once', async () => {
    const clients = await Promise.all(['bd', 'my', 'ph', 'ca'].map((cc) => rig.focal(cc)));
    const stream = writeStream(clients, 8);
    await pause(4_000);
    await rig.platform.kill('SIGKILL');
    const outcome = await stream.stop();
    expect(outcome.acknowledged.length).toBeGreaterThan(10);

    await rig.start();
    const discrepancies = await eventually(async () => {
      const d = await readModelDiscrepancies(rig.sql);
      return Object.values(d).every((n) => n === 0) ? d : null;
    }, 60_000, 250).catch(async (e: unknown) => {
      throw new Error(`${String(e)}; last: ${JSON.stringify(await readModelDiscrepancies(rig.sql))}`);
    });
    expect(discrepancies).toEqual(expect.objectContaining({ commitmentsMissingFromBoard: 0, progressCountsNotMatchingLog: 0 }));
    const onBoard = await rig.count(`SELECT count(*) AS n FROM board.commitment_view WHERE id = ANY($1::uuid[])`, [outcome.acknowledged]);
    expect(onBoard).toBe(outcome.acknowledged.length);
    const progressed = [...outcome.progressAcks.keys()];
    const withProgress = await rig.count(`SELECT count(*) AS n FROM board.commitment_view WHERE id = ANY($1::uuid[]) AND progress_count = 1 AND status = 'in_progress'`, [progressed]);
    expect(withProgress).toBe(progressed.length);
    console.log(`[accord] kill -9: ${outcome.acknowledged.length} logs + ${progressed.length} progress reports acknowledged, statuses ${JSON.stringify([...outcome.statuses])}; after restart all on the board once`);
  }, 120_000);
});
