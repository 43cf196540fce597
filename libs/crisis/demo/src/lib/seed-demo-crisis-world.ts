import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { seedDemoConsultation } from '@accord/follow-up/infrastructure';
import { seedDemoCapacity } from './seed-demo-capacity';
import { seedDemoCrisisAlerts } from './seed-demo-crisis-alerts';
import { seedDemoEvacuations } from './seed-demo-evacuations';
import { seedDemoFieldReports } from './seed-demo-field-reports';

/** agencies-service / platform: the alert, presence reports, the evacuation operation, its transport capacity, the regional consultation and field reports, in order. */
export async function seedDemoCrisisWorld(app: INestApplicationContext, hosts: { consultations: boolean }): Promise<void> {
  const raised = await seedDemoCrisisAlerts(app);
  const alertId = raised ?? (await app.get(DataSource).query(`SELECT id FROM crisis.crisis_alert WHERE country = 'LY' ORDER BY created_at LIMIT 1`))[0]?.id;
  if (!alertId) return;
  await seedDemoEvacuations(app, alertId);
  const [operation] = await app.get(DataSource).query(`SELECT id FROM evacuations.operation WHERE alert_id = $1 ORDER BY created_at LIMIT 1`, [alertId]);
  if (operation) await seedDemoCapacity(app, operation.id);
  // Only where this process also hosts the follow-up commands (the platform): the agencies service does not.
  if (hosts.consultations) await seedDemoConsultation(app, alertId);
  await seedDemoFieldReports(app, alertId);
}
