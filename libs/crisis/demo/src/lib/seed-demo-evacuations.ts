import { INestApplicationContext, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OpenEvacuationOperationCommand, OperationSaved, ReportEvacuationMovementCommand } from '@accord/evacuations/application';
import { TransactionalCommandBus } from '@accord/shared/messaging';
import { demoContext } from './demo-actors';

/**
 * IOM's 2011 evacuation of Bangladeshi workers from Libya: 36,713 repatriated (report 2.2) is the
 * target here, with movements part-way. Needs the crisis alert id (seedDemoCrisisAlerts returns it).
 */
export async function seedDemoEvacuations(app: INestApplicationContext, alertId: string): Promise<boolean> {
  const [{ n }] = await app.get(DataSource).query('SELECT count(*)::int AS n FROM evacuations.operation');
  if (n > 0) return false;
  const bus = app.get(TransactionalCommandBus);
  const iom = demoContext('agency-iom', 'crisis_cell_officer');
  const op: OperationSaved = await bus.execute(new OpenEvacuationOperationCommand(iom, alertId, 'LY', 'Libya 2011: evacuation and return of migrant workers', [
    { nationality: 'BD', count: 36713 }, { nationality: 'PH', count: 12500 },
  ]));
  await bus.execute(new ReportEvacuationMovementCommand(iom, op.id, 'BD', 'evacuated', 21000));
  await bus.execute(new ReportEvacuationMovementCommand(iom, op.id, 'BD', 'in_transit', 4200));
  await bus.execute(new ReportEvacuationMovementCommand(demoContext('state-bd', 'crisis_cell_officer'), op.id, 'BD', 'returned', 18500));
  await bus.execute(new ReportEvacuationMovementCommand(demoContext('state-ph', 'crisis_cell_officer'), op.id, 'PH', 'evacuated', 7300));
  new Logger('DemoCrisis').log('opened the Libya 2011 evacuation operation (target 36,713 Bangladeshi workers)');
  return true;
}
