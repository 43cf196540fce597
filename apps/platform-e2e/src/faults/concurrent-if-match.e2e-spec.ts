import { describeOnRealPostgres, FaultRig } from './support/fault-platform';
import { newCommitment } from './support/write-stream';

describeOnRealPostgres('fault: two people update the same commitment at once', () => {
  let rig: FaultRig;
  beforeAll(async () => {
    rig = await FaultRig.create();
    await rig.start();
  }, 120_000);
  afterAll(() => rig?.dispose());

  it('lets one win and tells the other 409 with the current version', async () => {
    const focal = await rig.focal('ph');
    for (let round = 0; round < 5; round++) {
      const { body: saved } = await focal.post<{ id: string; version: number }>('/api/commitments', newCommitment(`Contested update ${round} on remittances`));
      const report = (percent: number) =>
        focal.post<{ version?: number; currentVersion?: number }>(`/api/commitments/${saved.id}/progress`, { percent, narrative: `by ${percent}`, evidenceLevel: 'case_study' }, { 'if-match': String(saved.version) });
      const results = await Promise.all([report(30), report(60)]);
      const statuses = results.map((r) => r.status).sort();
      expect(statuses).toEqual([201, 409]);
      const winner = results.find((r) => r.status === 201);
      const loser = results.find((r) => r.status === 409);
      expect(loser?.body.currentVersion).toBe(winner?.body.version);
    }
  }, 60_000);
});
