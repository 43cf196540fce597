import { crisisEntities, crisisMigrations, CrisisWriteModule } from '@accord/crisis/infrastructure';
import { HttpClient, startTestApp, TestApp } from '@accord/shared/service-testing';
import { databaseKinds } from '@accord/shared/testing';
import { seedDemoFieldReports } from './seed-demo-field-reports';

describe.each(databaseKinds())('demo field reports (%s)', (kind) => {
  let t: TestApp;
  afterAll(async () => {
    await t?.close();
    await t?.db.drop();
  });

  it('files the Libya 2011 reports once, through the command bus and the outbox', async () => {
    t = await startTestApp(kind, { serviceName: 'agencies-test', imports: [CrisisWriteModule], entities: crisisEntities, migrations: crisisMigrations });
    const iom = new HttpClient(t.app, t.tokenFor({ id: 'agency-iom', name: 'IOM', kind: 'agency', country: null }, ['crisis_cell_officer']));
    const raised = await iom.post<{ id: string }>('/api/crisis-alerts', {
      country: 'LY', kind: 'conflict', severity: 'Extreme', urgency: 'Immediate', certainty: 'Observed', areas: [{ name: 'Libya', polygons: [], circles: [] }],
      infos: [{ language: 'en', event: 'Armed conflict', headline: 'Conflict in Libya', description: 'Migrants are fleeing.', instruction: 'Leave by the nearest crossing.', areaNames: [] }],
    });
    expect(raised.status).toBe(201);
    expect(await seedDemoFieldReports(t.app, raised.body.id)).toBe(true);
    expect(await seedDemoFieldReports(t.app, raised.body.id)).toBe(false);
    const rows: { monitor_organisation_id: string }[] = await t.ds.query(`SELECT monitor_organisation_id FROM crisis.field_report WHERE alert_id = $1 ORDER BY 1`, [raised.body.id]);
    expect(rows.map((r) => r.monitor_organisation_id)).toEqual(['cso-mfa', 'cso-rmms', 'cso-rmms', 'cso-rmms']);
    const [{ n }] = await t.ds.query(`SELECT count(*)::int AS n FROM messaging.outbox_message WHERE type = 'FieldReportFiled'`);
    expect(n).toBe(4);
  }, 60_000);
});
