import { randomUUID } from 'node:crypto';
import { crisisAlertRaised } from '@accord/crisis/contracts/testing';
import { evacuationsEntities, evacuationsMigrations, EvacuationsWriteModule } from '@accord/evacuations/infrastructure';
import { followUpEntities, followUpMigrations, FollowUpWriteModule, seedDemoConsultation } from '@accord/follow-up/infrastructure';
import { ManualClock } from '@accord/shared/kernel';
import { UnitOfWork } from '@accord/shared/messaging';
import { HttpClient, startTestApp, TestApp } from '@accord/shared/service-testing';
import { databaseKinds } from '@accord/shared/testing';
import { seedDemoCapacity } from './seed-demo-capacity';

describe.each(databaseKinds())('demo regional response: capacity exchange and Bali Process consultation (%s)', (kind) => {
  let t: TestApp;
  afterAll(async () => {
    await t?.close();
    await t?.db.drop();
  });

  it('seeds the Libya 2011 capacity and the consultation once each, through the command bus', async () => {
    process.env['ACCORD_OVERDUE_SCAN_MS'] = '0';
    t = await startTestApp(kind, {
      serviceName: 'platform-test',
      imports: [EvacuationsWriteModule, FollowUpWriteModule],
      entities: [...evacuationsEntities, ...followUpEntities],
      migrations: [...evacuationsMigrations, ...followUpMigrations],
      clock: new ManualClock(new Date('2026-12-07T01:00:00Z')),
    });
    const alertId = randomUUID();
    // The follow-up side convenes only on an alert it has learnt from the crisis alert stream: publish one.
    const uow = t.app.get(UnitOfWork);
    await uow.run(async () => uow.collect([crisisAlertRaised('LY', '2026-12-07T00:30:00.000Z', { alertId })]));
    const iom = new HttpClient(t.app, t.tokenFor({ id: 'agency-iom', name: 'IOM', kind: 'agency', country: null }, ['crisis_cell_officer']));
    const op = await iom.post<{ id: string }>('/api/evacuation-operations', { alertId, country: 'LY', name: 'Libya 2011', targets: [{ nationality: 'BD', count: 36713 }] });
    expect(await seedDemoCapacity(t.app, op.body.id)).toBe(true);
    expect(await seedDemoCapacity(t.app, op.body.id)).toBe(false);
    const matches: { seats: number; status: string }[] = await t.ds.query(`SELECT seats, status FROM evacuations.capacity_match ORDER BY seats`);
    expect(matches).toEqual([{ seats: 150, status: 'confirmed' }, { seats: 320, status: 'proposed' }]);

    expect(await seedDemoConsultation(t.app, alertId)).toBe(true);
    expect(await seedDemoConsultation(t.app, alertId)).toBe(false);
    const [{ n }] = await t.ds.query(`SELECT count(*)::int AS n FROM follow_up.obligation o JOIN follow_up.recommendation r ON r.id = o.recommendation_id WHERE r.state->'consultation'->>'alertId' = $1`, [alertId]);
    expect(n).toBe(4);
  }, 60_000);
});
