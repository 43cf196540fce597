import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { seedDemoCrisisAlerts } from './seed-demo-crisis-alerts';
import { seedDemoEvacuations } from './seed-demo-evacuations';
import { seedDemoFieldReports } from './seed-demo-field-reports';

/** agencies-service / platform: the alert, presence reports, the evacuation operation and field reports, in order. */
export async function seedDemoCrisisWorld(app: INestApplicationContext): Promise<void> {
  const raised = await seedDemoCrisisAlerts(app);
  const alertId = raised ?? (await app.get(DataSource).query(`SELECT id FROM crisis.crisis_alert WHERE country = 'LY' ORDER BY created_at LIMIT 1`))[0]?.id;
  if (!alertId) return;
  await seedDemoEvacuations(app, alertId);
  await seedDemoFieldReports(app, alertId);
}
