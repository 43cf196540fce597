import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { COMMITMENT_STREAM } from '@accord/commitments/contracts';
import { eventually } from '@accord/shared/testing';
import { describeOnRealPostgres, FaultRig } from './support/fault-platform';
import { appendToLog, envelope, loggedPayload } from './support/log-append';
import { newCommitment } from './support/write-stream';

const REDRIVE = join(__dirname, '..', '..', '..', '..', 'tools', 'scripts', 'redrive-dlq.mjs');

describeOnRealPostgres('fault: a poison event on the commitments stream', () => {
  let rig: FaultRig;
  beforeAll(async () => {
    rig = await FaultRig.create();
    await rig.start();
  }, 120_000);
  afterAll(() => rig?.dispose());

  it('is dead-lettered with its reason, the stream goes on, and tools/scripts/redrive-dlq.mjs re-drives it after the fix', async () => {
    const orphan = randomUUID();
    // Valid envelope and payload, but the board has never seen version 1 of this commitment.
    const poison = envelope('CommitmentProgressReported', orphan, 2, {
      commitmentId: orphan, percent: 50, narrative: 'ahead of its commitment', evidenceUrl: null, evidenceLevel: 'case_study', reportedAt: new Date().toISOString(),
    });
    await appendToLog(rig.sql, [poison]);
    const dead = await eventually(async () => {
      const { rows } = await rig.sql.query<{ headers: Record<string, string> }>(`SELECT headers FROM messaging.event_log WHERE topic = $1 AND event_id = $2`, [`${COMMITMENT_STREAM}.dlq`, poison.eventId]);
      return rows[0];
    }, 30_000, 100);
    expect(dead.headers['reason']).toMatch(/have version 0, received 2/);
    expect(Number(dead.headers['attempts'])).toBeGreaterThan(1);

    const focal = await rig.focal('eg');
    const later = await focal.post<{ id: string }>('/api/commitments', newCommitment('Logged after the poison event'));
    expect(later.status).toBe(201);
    await eventually(() => rig.count(`SELECT count(*) AS n FROM board.commitment_view WHERE id = $1`, [later.body.id]), 20_000, 100);

    // The fix: the missing first event arrives; then the dead letter is re-driven, once.
    await appendToLog(rig.sql, [envelope('CommitmentLogged', orphan, 1, loggedPayload(orphan))]);
    await eventually(() => rig.count(`SELECT count(*) AS n FROM board.commitment_view WHERE id = $1`, [orphan]), 20_000, 100);
    const redrive = () => spawnSync(process.execPath, [REDRIVE, '--database-url', rig.database.url, '--topic', COMMITMENT_STREAM, '--event-id', poison.eventId], { encoding: 'utf8' });
    const first = redrive();
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('1 dead letter(s) re-driven');
    expect(redrive().stdout).toContain('0 dead letter(s) re-driven');
    const view = await eventually(async () => {
      const { rows } = await rig.sql.query<{ progress_count: number; latest_percent: number }>(`SELECT progress_count, latest_percent FROM board.commitment_view WHERE id = $1 AND version = 2`, [orphan]);
      return rows[0];
    }, 20_000, 100);
    expect(view).toEqual({ progress_count: 1, latest_percent: 50 });
  }, 120_000);

  it('re-drives an event once when several consumer groups dead-lettered it (each service reading the stream leaves its own)', async () => {
    const id = randomUUID();
    const logged = envelope('CommitmentLogged', id, 1, loggedPayload(id));
    for (const group of ['gateway', 'civil-society-service']) {
      await rig.sql.query(`INSERT INTO messaging.event_log (topic, key, event_id, envelope, headers) VALUES ($1, $2, $3, $4, $5)`, [
        `${COMMITMENT_STREAM}.dlq`, id, logged.eventId, logged, { reason: `${group} could not apply it`, group, attempts: '5' },
      ]);
    }
    const redrive = () => spawnSync(process.execPath, [REDRIVE, '--database-url', rig.database.url, '--topic', COMMITMENT_STREAM, '--event-id', logged.eventId], { encoding: 'utf8' });
    const first = redrive();
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('1 dead letter(s) re-driven');
    expect(first.stdout).toMatch(/gateway at \d+: gateway could not apply it; civil-society-service at \d+/);
    expect(redrive().stdout).toContain('0 dead letter(s) re-driven');
    expect(await rig.count(`SELECT count(*) AS n FROM messaging.event_log WHERE topic = $1 AND event_id = $2`, [COMMITMENT_STREAM, logged.eventId])).toBe(1);
    await eventually(() => rig.count(`SELECT count(*) AS n FROM board.commitment_view WHERE id = $1`, [id]), 20_000, 100);
  }, 60_000);
});
